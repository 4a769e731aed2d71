package org.crossroads.library;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a checked document and its authors, organisations, places and links; version checks are in the update. */
@Component
class DocumentRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(DocumentChecks.Checked c, String externalId, String publication, String actor) {
        long id = jdbc.sql("""
                insert into document (external_id, type, title, summary, language, translations, year, published_on,
                  published_precision, languages, themes, country_codes, licence, source_url, access, publication, source,
                  created_by)
                values (:external_id, :type, :title, :summary, :language, cast(:translations as jsonb), :year, :published_on,
                  :precision, cast(:languages as text[]), cast(:themes as text[]), cast(:countries as text[]), :licence,
                  :source_url, :access, :publication, :source, :actor)
                returning id""")
                .params(fields(c)).param("external_id", externalId).param("publication", publication).param("actor", actor)
                .query(Long.class).single();
        children(id, c);
        return id;
    }

    /** False when the document changed since {@code expectedVersion}. */
    boolean update(long id, int expectedVersion, DocumentChecks.Checked c, String actor) {
        int updated = jdbc.sql("""
                update document set type = :type, title = :title, summary = :summary, language = :language,
                  translations = cast(:translations as jsonb), year = :year, published_on = :published_on,
                  published_precision = :precision, languages = cast(:languages as text[]), themes = cast(:themes as text[]),
                  country_codes = cast(:countries as text[]), licence = :licence, source_url = :source_url, access = :access,
                  source = :source, updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(fields(c)).param("id", id).param("version", expectedVersion).param("actor", actor).update();
        if (updated == 0) {
            return false;
        }
        for (String table : List.of("document_author", "document_organisation", "document_place", "document_link")) {
            jdbc.sql("delete from " + table + " where document_id = :id").param("id", id).update();
        }
        children(id, c);
        return true;
    }

    boolean changePublication(long id, int expectedVersion, String publication, String actor) {
        return jdbc.sql("""
                update document set publication = :p, updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("p", publication).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
    }

    private void children(long id, DocumentChecks.Checked c) {
        int position = 0;
        for (Document.Author a : c.authors()) {
            jdbc.sql("insert into document_author (document_id, position, name, organisation_id) values (:d, :p, :n, :o)")
                    .param("d", id).param("p", position++).param("n", a.name()).param("o", a.organisationId()).update();
        }
        for (Document.Party p : c.parties()) {
            jdbc.sql("insert into document_organisation (document_id, organisation_id, role) values (:d, :o, :r)")
                    .param("d", id).param("o", p.organisationId()).param("r", p.role()).update();
        }
        for (long placeId : c.placeIds()) {
            jdbc.sql("insert into document_place (document_id, place_id) values (:d, :p)").param("d", id).param("p", placeId).update();
        }
        for (Document.Link l : c.links()) {
            jdbc.sql("insert into document_link (document_id, record, record_id) values (:d, :r, :i)")
                    .param("d", id).param("r", l.record()).param("i", l.recordId()).update();
        }
    }

    private java.util.Map<String, Object> fields(DocumentChecks.Checked c) {
        java.util.Map<String, Object> f = new java.util.HashMap<>();
        f.put("type", c.type());
        f.put("title", c.title());
        f.put("summary", c.summary());
        f.put("language", c.language());
        f.put("translations", json.writeValueAsString(c.translations()));
        f.put("year", c.year());
        f.put("published_on", c.publishedOn());
        f.put("precision", c.precision());
        f.put("languages", array(c.languages()));
        f.put("themes", array(c.themes()));
        f.put("countries", array(c.countries()));
        f.put("licence", c.licence());
        f.put("source_url", c.sourceUrl());
        f.put("access", c.access());
        f.put("source", c.source());
        return f;
    }

    /** A PostgreSQL array literal of simple codes (letters, digits, underscores: the checks allow nothing else). */
    private static String array(List<String> codes) {
        return "{" + String.join(",", codes) + "}";
    }
}
