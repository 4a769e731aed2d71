-- Search answers follow changes of documents (with their authors, organisations, places, links, files and text
-- passages) and of practices (with their places, links and transfers): V8.
select crossroads_search_reads('document', 'document_author', 'document_organisation', 'document_place', 'document_link',
        'document_file', 'document_passage', 'practice', 'practice_place', 'practice_link', 'practice_transfer');
