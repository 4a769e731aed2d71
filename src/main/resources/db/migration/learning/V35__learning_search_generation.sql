-- Search answers follow changes of learning events and outcome statements, with their organisers, events and peers: V8.
select crossroads_search_reads('learning_event', 'learning_event_organiser', 'outcome_statement', 'outcome_event', 'outcome_peer');
