-- Library search benchmark (issue 11 §4), part 1: 20,000 documents in the storage form the application writes
-- (document with translations, places, authors and networks; stored_file extracted, stored_file_text, document_file)
-- and the staging table bench_passage holding their ~1,000-character passages; bench/library-search.sh then inserts
-- the passages into document_passage in two sessions (its search vector is a generated column, the costly part).
-- Sentences: English ones cut from the seed reports (table bench_seed_line, loaded by the script), French, Spanish
-- and Arabic ones put together from the vocabulary below. Deterministic (setseed, hashtext), set-based.
-- Variables: docs (number of documents), passages (per document).
select setseed(0.11);

-- 1. Sentences by language, numbered from 0 in each language
create temp table bench_sentence (lang text, i integer, text text);

insert into bench_sentence
select 'en', (row_number() over (order by s) - 1)::integer, s from (
  select distinct btrim(regexp_replace(regexp_replace(s, '\*\*|__|\[|\]\([^)]*\)|#+|\|', '', 'g'), '\s+', ' ', 'g')) s
  from bench_seed_line, regexp_split_to_table(line, '(?<=[.!?])\s+') s
) x where length(s) between 50 and 400 and s ~ '^[A-Z]' and s ~ '[.!?]$';

-- French, Spanish, Arabic: subject, verb, object, circumstance, place (the places' names in that language)
create temp table bench_part (lang text, slot integer, n integer, words text);
insert into bench_part
select lang, slot, (row_number() over (partition by lang, slot order by ord) - 1)::integer, w
from (values
  ('fr', 1, array['La municipalité', 'Le service d''accueil des nouveaux arrivants', 'Le bureau municipal des migrations',
      'La mairie d''arrondissement', 'Le réseau des villes méditerranéennes', 'L''observatoire local des mobilités',
      'Les associations de quartier', 'Le conseil municipal', 'Le centre social', 'La direction de la cohésion sociale',
      'Le guichet unique', 'Le comité de pilotage']),
  ('fr', 2, array['a renforcé', 'coordonne', 'finance', 'a évalué', 'soutient', 'organise', 'a documenté', 'améliore',
      'a cartographié', 'accompagne', 'a mis en place', 'anime']),
  ('fr', 3, array['l''accès au logement des migrants', 'les cours de langue pour les nouveaux arrivants',
      'l''orientation juridique des réfugiés', 'la scolarisation des enfants migrants', 'l''insertion professionnelle des jeunes',
      'le dialogue interculturel entre les habitants', 'la protection des mineurs non accompagnés', 'les données sur la mobilité urbaine',
      'l''accès aux soins de santé', 'la participation des migrants à la vie locale', 'la lutte contre les discriminations',
      'l''enregistrement à l''état civil', 'les échanges entre pairs', 'la formation des agents municipaux']),
  ('fr', 4, array['en partenariat avec la société civile', 'depuis 2019', 'avec le soutien de l''Union européenne',
      'dans les quartiers périphériques', 'selon le rapport annuel', 'malgré un budget limité', 'avec les autorités nationales',
      'au cours de la dernière décennie', 'grâce à un financement pluriannuel', 'dans le cadre du projet MC2CM']),
  ('fr', 5, array['à Tanger', 'à Tunis', 'à Sfax', 'à Lyon', 'à Beyrouth', 'à Amman', 'à Rabat', 'à Marseille', 'à Dakar',
      'à Casablanca', 'à Genève', 'à Bruxelles', 'à Oujda', 'à Sousse']),
  ('es', 1, array['El ayuntamiento', 'El servicio de acogida', 'La oficina municipal de migración', 'La concejalía de derechos sociales',
      'La red de ciudades mediterráneas', 'El observatorio local de movilidad', 'Las asociaciones vecinales', 'El pleno municipal',
      'El centro comunitario', 'La mesa de coordinación', 'La ventanilla única', 'El equipo técnico']),
  ('es', 2, array['ha reforzado', 'coordina', 'financia', 'ha evaluado', 'apoya', 'organiza', 'ha documentado', 'mejora',
      'ha cartografiado', 'acompaña', 'ha puesto en marcha', 'dinamiza']),
  ('es', 3, array['el acceso a la vivienda de las personas migrantes', 'los cursos de idioma para recién llegados',
      'la orientación jurídica de las personas refugiadas', 'la escolarización de los niños migrantes',
      'la inserción laboral de los jóvenes', 'el diálogo intercultural entre vecinos', 'la protección de los menores no acompañados',
      'los datos sobre movilidad urbana', 'el acceso a la atención sanitaria', 'la participación de los migrantes en la vida local',
      'la lucha contra la discriminación', 'el registro civil', 'el intercambio entre pares', 'la formación del personal municipal']),
  ('es', 4, array['en colaboración con la sociedad civil', 'desde 2019', 'con el apoyo de la Unión Europea', 'en los barrios periféricos',
      'según el informe anual', 'a pesar de un presupuesto limitado', 'con las autoridades nacionales', 'durante la última década',
      'gracias a una financiación plurianual', 'en el marco del proyecto MC2CM']),
  ('es', 5, array['en Tánger', 'en Túnez', 'en Sfax', 'en Madrid', 'en Barcelona', 'en Sevilla', 'en Valencia', 'en Bilbao',
      'en Casablanca', 'en Dakar', 'en Lisboa', 'en Málaga', 'en Ceuta', 'en Melilla']),
  ('ar', 1, array['البلدية', 'مكتب استقبال الوافدين الجدد', 'المكتب البلدي للهجرة', 'المجلس البلدي', 'شبكة مدن البحر الأبيض المتوسط',
      'المرصد المحلي للتنقل', 'جمعيات الأحياء', 'المركز الاجتماعي', 'إدارة التماسك الاجتماعي', 'الشباك الموحد', 'لجنة التنسيق',
      'الفريق التقني']),
  ('ar', 2, array['عززت', 'تنسق', 'تمول', 'قيمت', 'تدعم', 'تنظم', 'وثقت', 'تحسن', 'رسمت خريطة', 'ترافق', 'أطلقت', 'تدير']),
  ('ar', 3, array['حصول المهاجرين على السكن', 'دروس اللغة للوافدين الجدد', 'التوجيه القانوني للاجئين', 'تمدرس الأطفال المهاجرين',
      'الإدماج المهني للشباب', 'الحوار بين الثقافات بين السكان', 'حماية القاصرين غير المصحوبين', 'البيانات المتعلقة بالتنقل الحضري',
      'الحصول على الرعاية الصحية', 'مشاركة المهاجرين في الحياة المحلية', 'مكافحة التمييز', 'التسجيل في الحالة المدنية',
      'التبادل بين الأقران', 'تدريب الموظفين البلديين']),
  ('ar', 4, array['بالشراكة مع المجتمع المدني', 'منذ عام 2019', 'بدعم من الاتحاد الأوروبي', 'في الأحياء الطرفية', 'حسب التقرير السنوي',
      'رغم ميزانية محدودة', 'مع السلطات الوطنية', 'خلال العقد الأخير', 'بفضل تمويل متعدد السنوات', 'في إطار مشروع MC2CM']),
  ('ar', 5, array['في طنجة', 'في تونس', 'في صفاقس', 'في عمان', 'في بيروت', 'في الرباط', 'في الدار البيضاء', 'في وجدة', 'في سوسة',
      'في الإسكندرية', 'في طرابلس', 'في إربد', 'في ليون', 'في مدريد'])
) v (lang, slot, ws), unnest(ws) with ordinality u (w, ord);

create temp table bench_part_size as select lang, slot, count(*)::integer as size from bench_part group by lang, slot;
insert into bench_sentence
select z.lang, (g - 1)::integer, string_agg(p.words, ' ' order by p.slot) || '.'
from bench_part_size z, generate_series(1, 4000) g, bench_part p
where p.lang = z.lang and p.slot = z.slot and p.n = abs(hashtext(z.lang || g || ':' || z.slot)) % z.size
group by z.lang, g;

create temp table bench_pool as select lang, count(*)::integer as size from bench_sentence group by lang;
create index on bench_sentence (lang, i);
analyze bench_sentence;

-- A phrase only in the text of some files (not in any title or summary), in the document's language, in 4 documents
-- of every 200 (n % 200 = 3, 9, 14, 17: an English, a French, a Spanish and an Arabic one)
create temp table bench_phrase (lang text primary key, text text);
insert into bench_phrase values
  ('en', 'A mobile legal clinic now stops at the central bus station every Thursday evening.'),
  ('fr', 'Une permanence juridique mobile s''arrête désormais à la gare routière chaque jeudi soir.'),
  ('es', 'Una clínica jurídica móvil para ahora en la estación de autobuses cada jueves por la tarde.'),
  ('ar', 'تتوقف عيادة قانونية متنقلة الآن في محطة الحافلات المركزية كل مساء خميس.');

-- 2. Documents: languages 40 % English, 25 % French, 20 % Spanish, 15 % Arabic; 1 in 20 members only (of a benchmark
-- network), 1 in 20 Chatham House, 1 in 50 proposed; titles from the theme labels and a city in their language
create temp table bench_theme (n integer, code text, en text, fr text, ar text, es text);
insert into bench_theme values
  (0, 'housing', 'Housing', 'Logement', 'السكن', 'Vivienda'),
  (1, 'employment', 'Employment', 'Emploi', 'العمالة', 'Empleo'),
  (2, 'education', 'Education', 'Éducation', 'التعليم', 'Educación'),
  (3, 'health', 'Health', 'Santé', 'الصحة', 'Salud'),
  (4, 'social_cohesion', 'Social cohesion', 'Cohésion sociale', 'التماسك الاجتماعي', 'Cohesión social'),
  (5, 'legal_aid', 'Legal aid', 'Assistance juridique', 'المساعدة القانونية', 'Asistencia jurídica'),
  (6, 'reception_orientation', 'Reception and orientation', 'Accueil et orientation', 'الاستقبال والتوجيه', 'Acogida y orientación'),
  (7, 'governance', 'Migration governance and coordination', 'Gouvernance et coordination des migrations', 'حوكمة الهجرة والتنسيق', 'Gobernanza y coordinación de la migración'),
  (8, 'children_youth', 'Children and youth', 'Enfants et jeunes', 'الأطفال والشباب', 'Niñez y juventud'),
  (9, 'intercultural_dialogue', 'Intercultural dialogue', 'Dialogue interculturel', 'الحوار بين الثقافات', 'Diálogo intercultural'),
  (10, 'language_learning', 'Language learning', 'Apprentissage des langues', 'تعلم اللغات', 'Aprendizaje de idiomas'),
  (11, 'return_reintegration', 'Return and reintegration', 'Retour et réintégration', 'العودة وإعادة الإدماج', 'Retorno y reintegración');

create temp table bench_place as
  select id, country_code, name, (row_number() over (order by population desc nulls last, id) - 1)::integer as n
  from place where geonames_id is not null order by population desc nulls last, id limit 2000;

create temp table bench_doc as
select g as n,
       (array['en','en','en','en','en','en','en','en','fr','fr','fr','fr','fr','es','es','es','es','ar','ar','ar'])[1 + g % 20] as lang,
       (array['report','policy_note','city_migration_profile','case_study','learning_report','course','declaration','toolkit',
              'data_set','presentation','news'])[1 + abs(hashtext('type' || g)) % 11] as type,
       abs(hashtext('theme' || g)) % 12 as theme1, abs(hashtext('theme2' || g)) % 12 as theme2,
       abs(hashtext('place' || g)) % 2000 as place_n,
       2005 + abs(hashtext('year' || g)) % 21 as year,
       case when g % 20 = 5 then 'members' when g % 20 = 6 then 'chatham_house' else 'public' end as access,
       case when g % 50 = 7 then 'proposed' else 'published' end as publication
from generate_series(1, :docs) g;

insert into document (external_id, type, title, summary, language, translations, year, published_on, languages, themes,
                      country_codes, licence, source_url, access, publication, source, created_by)
select 'doc:bench-' || d.n, d.type,
       case d.lang when 'en' then t.en || ' in ' || p.name || ': ' || replace(d.type, '_', ' ') || ' ' || d.year
                   when 'fr' then t.fr || ' à ' || p.name || ' : étude ' || d.year
                   when 'es' then t.es || ' en ' || p.name || ': estudio ' || d.year
                   else t.ar || ' في ' || p.name || ': دراسة ' || d.year end,
       (select string_agg(s.text, ' ' order by k) from generate_series(1, 2) k
          join bench_pool pl on pl.lang = d.lang
          join bench_sentence s on s.lang = d.lang and s.i = abs(hashtext('summary' || d.n || ':' || k)) % pl.size),
       d.lang,
       case when d.n % 3 = 0 then jsonb_build_object(
              case when d.lang = 'en' then 'fr' else 'en' end,
              jsonb_build_object('title', case when d.lang = 'en' then t.fr || ' à ' || p.name else t.en || ' in ' || p.name end))
            else '{}'::jsonb end,
       d.year, case when d.n % 4 = 0 then make_date(d.year, 1 + d.n % 12, 1 + d.n % 28) end,
       case when d.n % 3 = 0 then array[d.lang, case when d.lang = 'en' then 'fr' else 'en' end] else array[d.lang] end,
       array(select distinct code from bench_theme where n in (d.theme1, d.theme2)), array[p.country_code],
       'CC BY 4.0', 'https://example.org/library/bench-' || d.n, d.access, d.publication,
       'benchmark: generated by bench/library-search.sql', 'benchmark'
from bench_doc d join bench_theme t on t.n = d.theme1 join bench_place p on p.n = d.place_n;

create temp table bench_document as
  select d.n, x.id, d.lang, d.access from bench_doc d join document x on x.external_id = 'doc:bench-' || d.n;
create index on bench_document (n);

-- the related rows' triggers (V62) would read each document's words once per row: off during the bulk insert, then
-- every benchmark document's words are read once, as those triggers would leave them
alter table document_place disable trigger document_place_words;
alter table document_author disable trigger document_author_words;
alter table document_organisation disable trigger document_organisation_words;

insert into document_place (document_id, place_id)
select b.id, p.id from bench_document b join bench_doc d on d.n = b.n join bench_place p on p.n = d.place_n;

insert into document_author (document_id, position, name)
select b.id, 0, (array['Amina El Idrissi','Jean Dupont','María García','Youssef Ben Salah','Claire Martin','Omar Haddad',
                       'Lucía Fernández','Sara Rossi','Karim Mansour','Nadia Benali'])[1 + b.n % 10]
from bench_document b;

-- members-only documents belong to one of bench/synthetic.sql's networks (or none when it did not run)
insert into document_organisation (document_id, organisation_id, role)
select b.id, o.id, 'network' from bench_document b join organisation o on o.external_id = 'org:bench-' || (1 + b.n % 40)
where b.access = 'members';

alter table document_place enable trigger document_place_words;
alter table document_author enable trigger document_author_words;
alter table document_organisation enable trigger document_organisation_words;
update document d set search_text = '' from bench_document b where b.id = d.id;

-- 3. Files: one per document, 3 in 5 PDF, 2 in 5 DOCX, extracted, with passages of about 1,000 characters (seven
-- sentences: four in five in the document's language, the others in any language)
create unlogged table bench_passage as
select b.id as document_id, pos,
       (select string_agg(s.text, ' ' order by k) from generate_series(1, 7) k
          cross join lateral (select case when abs(hashtext('lang' || b.n || ':' || pos || ':' || k)) % 5 < 4 then b.lang
                                          else (array['en','fr','es','ar'])[1 + abs(hashtext('other' || b.n || ':' || pos || ':' || k)) % 4] end as lang) l
          join bench_pool pl on pl.lang = l.lang
          join bench_sentence s on s.lang = l.lang and s.i = abs(hashtext(b.n || ':' || pos || ':' || k)) % pl.size)
       || case when pos = 7 and b.n % 200 in (3, 9, 14, 17) then ' ' || (select text from bench_phrase f where f.lang = b.lang) else '' end as text
from bench_document b, generate_series(0, :passages - 1) pos;

alter table bench_passage add column start_offset integer;
update bench_passage p set start_offset = o.start_offset
from (select document_id, pos, (sum(length(text) + 2) over (partition by document_id order by pos) - length(text) - 2)::integer as start_offset
      from bench_passage) o
where o.document_id = p.document_id and o.pos = p.pos;

insert into stored_file (sha256, size, media_type, state, pages, language, characters, extracted_at)
select encode(sha256(convert_to('bench-file-' || b.n, 'UTF8')), 'hex'),
       c.characters * (case when b.n % 5 < 3 then 3 else 1 end),
       case when b.n % 5 < 3 then 'application/pdf' else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' end,
       'extracted', greatest(1, c.characters / 2000), b.lang, c.characters, now()
from bench_document b
join (select document_id, sum(length(text) + 2)::bigint - 2 as characters from bench_passage group by document_id) c on c.document_id = b.id;

insert into stored_file_text (file_id, text)
select f.id, t.text from bench_document b
join stored_file f on f.sha256 = encode(sha256(convert_to('bench-file-' || b.n, 'UTF8')), 'hex')
join (select document_id, string_agg(text, E'\n\n' order by pos) as text from bench_passage group by document_id) t on t.document_id = b.id;

insert into document_file (document_id, file_id, file_name, uploaded_by)
select b.id, f.id, 'bench-' || b.n || case when b.n % 5 < 3 then '.pdf' else '.docx' end, 'benchmark'
from bench_document b join stored_file f on f.sha256 = encode(sha256(convert_to('bench-file-' || b.n, 'UTF8')), 'hex');

alter table bench_passage add column attachment_id bigint;
update bench_passage p set attachment_id = a.id from document_file a where a.document_id = p.document_id;

-- document_passage's indexes are built once after the bulk insert (the script recreates these definitions)
create table bench_passage_index as
  select indexname, indexdef from pg_indexes where tablename = 'document_passage' and indexname <> 'document_passage_pkey';
select 'drop index ' || indexname from bench_passage_index \gexec

select count(*) as documents, (select count(*) from bench_passage) as passages,
       (select sum(length(text)) from stored_file_text) as extracted_characters,
       pg_size_pretty((select sum(octet_length(text))::bigint from stored_file_text)) as extracted_text
from bench_document;
