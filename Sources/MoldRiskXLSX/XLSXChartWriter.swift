import MoldRiskCore
import CXlsxWriter
import MoldRiskReport

/// Makes one native chart bound to its sheet's cells and inserts it: a scatter chart with
/// straight lines (S-curves, stock curve, overlay), a column chart (histogram) or a bar chart
/// (tornado: both series overlapping, the category axis crossing the value axis at the centre,
/// the widest bar on top).
struct XLSXChartWriter {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let formats: XLSXFormats

    func insert(_ spec: WorkbookChart, into worksheet: UnsafeMutablePointer<lxw_worksheet>, sheet: String) throws(XLSXError) {
        let type: lxw_chart_type = switch spec.kind {
        case .line: LXW_CHART_SCATTER_STRAIGHT
        case .column: LXW_CHART_COLUMN
        case .bar: LXW_CHART_BAR
        }
        guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
            throw XLSXError("workbook_add_chart failed for \"\(spec.title)\"")
        }
        chart_title_set_name(chart, spec.title)
        for s in spec.series {
            guard let series = chart_add_series(chart, nil, nil) else {
                throw XLSXError("chart_add_series failed for \"\(spec.title)\"")
            }
            chart_series_set_categories(series, sheet, lxw_row_t(s.categories.firstRow), lxw_col_t(s.categories.column),
                                        lxw_row_t(s.categories.lastRow), lxw_col_t(s.categories.column))
            chart_series_set_values(series, sheet, lxw_row_t(s.values.firstRow), lxw_col_t(s.values.column),
                                    lxw_row_t(s.values.lastRow), lxw_col_t(s.values.column))
            chart_series_set_name(series, s.name)
            if spec.kind == .line { chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue)) }
        }
        let x = chart.pointee.x_axis!, y = chart.pointee.y_axis!
        chart_axis_set_name(x, spec.xAxisTitle)
        chart_axis_set_name(y, spec.yAxisTitle)
        if let style = spec.xStyle { chart_axis_set_num_format(x, XLSXNumberFormats.format(style, language: formats.language)) }
        if let style = spec.yStyle { chart_axis_set_num_format(y, XLSXNumberFormats.format(style, language: formats.language)) }
        switch spec.kind {
        case .bar:
            chart_set_series_overlap(chart, 100)
            chart_set_series_gap(chart, 50)
            chart_axis_set_reverse(x)
            chart_axis_set_label_position(x, UInt8(LXW_CHART_AXIS_LABEL_POSITION_LOW.rawValue))
            if let crossing = spec.valueAxisCrossing, crossing.isFinite { chart_axis_set_crossing(y, crossing) }
        case .column:
            chart_set_series_gap(chart, 10)
            chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        case .line:
            chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        }
        var options = lxw_chart_options()
        options.x_scale = 1.5
        options.y_scale = 1
        try XLSXWriter.check(worksheet_insert_chart_opt(worksheet, lxw_row_t(spec.anchorRow), lxw_col_t(spec.anchorColumn),
                                                        chart, &options),
                             "worksheet_insert_chart(\(sheet), \"\(spec.title)\")")
    }
}
