-- Each table's totals newest first, with what decides whether the public sees them (issue 10, peer matching's
-- "similar figures"): the latest total an anonymous visitor sees is read per place and indicator from the top of
-- this small index (totals only), without touching the table or reading the breakdowns' marginals.
create index data_marginal_totals on data_marginal (place_id, indicator_id, period_start desc)
    include (period, value, confidentiality) where dimension = '';
