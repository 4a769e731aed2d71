/**
 * Reading, checking and writing tabular files (CSV and XLSX) for every module's importers and exporters.
 *
 * <p>Import: {@link org.crossroads.shared.tabular.TabularReader} turns bytes into
 * {@link org.crossroads.shared.tabular.SourceRow}s or refuses the whole file with a
 * {@link org.crossroads.shared.tabular.TabularFormatException}; {@link org.crossroads.shared.tabular.Columns}
 * checks the header against the import format; {@link org.crossroads.shared.tabular.Cells} parses each value
 * in the user's locale, collecting {@link org.crossroads.shared.tabular.Problems}; the importer ends with an
 * {@link org.crossroads.shared.tabular.ImportReport}. Every reason is a
 * {@link org.crossroads.shared.tabular.Reason} (message key plus English text).
 *
 * <p>Export: {@link org.crossroads.shared.tabular.CsvExport}, {@link org.crossroads.shared.tabular.XlsxExport}
 * and {@link org.crossroads.shared.tabular.TemplateWriter}, all with optional HXL hashtags and never
 * writing a cell a spreadsheet would run as a formula. Part of the shared core: depends on no feature module.
 */
package org.crossroads.shared.tabular;
