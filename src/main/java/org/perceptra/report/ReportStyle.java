package org.perceptra.report;

/** The report's style sheet: calm on screen, and on paper A4 with sections kept whole across pages. */
final class ReportStyle {
    static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f6f8fa; color: #24292f;
                   font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
            main { max-width: 980px; margin: 24px auto; padding: 32px 40px; background: white;
                   border: 1px solid #d0d7de; border-radius: 8px; }
            h1 { font-size: 28px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
            .meta, .note, figcaption, footer { color: #57606a; }
            .meta { margin: 0; font-size: 14px; }
            .description { margin: 4px 0; }
            .summary { font-size: 16px; margin: 18px 0 0; }
            figure { margin: 0; }
            svg { display: block; max-width: 100%; height: auto; }
            .diagram { overflow-x: auto; }
            figcaption { font-size: 13px; margin-top: 6px; }
            .charts { display: flex; flex-wrap: wrap; gap: 16px; }
            .charts figure { flex: 1 1 400px; max-width: 460px; }
            table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
            th, td { padding: 6px 12px; border: 1px solid #d0d7de; text-align: left; }
            thead th { background: #f6f8fa; }
            table.settings th { width: 13em; background: #f6f8fa; font-weight: 600; }
            table.figures td { text-align: right; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            table.confusion td { text-align: center; min-width: 4.5em; font-weight: 600;
                   font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            table.confusion td.diagonal { outline: 2px solid #24292f; outline-offset: -2px; }
            table.confusion th.corner { font-weight: normal; color: #57606a; font-size: 13px; }
            footer { margin-top: 36px; font-size: 13px; }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { background: white; font-size: 11pt; }
              main { margin: 0; padding: 0; border: none; max-width: none; }
              section, figure, table { break-inside: avoid; }
              h2 { break-after: avoid; }
              table.confusion td, thead th, table.settings th { -webkit-print-color-adjust: exact;
                   print-color-adjust: exact; }
            }
            """;

    private ReportStyle() {
    }
}
