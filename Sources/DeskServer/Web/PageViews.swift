import DeskKit
import Foundation

/// A table as the `table` template draws it: every cell plain text (escaped by the template), some linked.
///
/// On a phone (the stylesheet's narrow width) a table of more than ``maxColumnsOnPhone`` columns is drawn as one
/// card per row, each cell under its column's name (`label`), so that nothing scrolls sideways.
struct TableView {
    struct Header { let text: String; let num: Bool }
    /// `label`: the column's name, shown beside the value when the row is a card (nil for an unnamed column).
    struct Cell { let text: String; var link: String? = nil; var num = false; var wrap = false; var label: String? = nil }
    struct Row { let cells: [Cell] }

    /// The widest table a 360 px screen shows as a table.
    static let maxColumnsOnPhone = 3

    let headers: [Header]
    let rows: [Row]
    var empty = "无"
    /// Drawn as cards on a phone.
    let stack: Bool

    /// A table of plain texts; the columns named in `numeric` are right-aligned.
    init(headers: [String], rows: [[Cell]], numeric: Set<Int> = [], empty: String = "无") {
        self.headers = headers.enumerated().map { Header(text: $0.element, num: numeric.contains($0.offset)) }
        self.rows = rows.map { cells in Row(cells: cells.enumerated().map { i, c in
            var cell = c
            cell.num = numeric.contains(i)
            cell.label = i < headers.count && !headers[i].isEmpty ? headers[i] : nil
            return cell
        }) }
        self.empty = empty
        stack = headers.count > Self.maxColumnsOnPhone
    }

    /// A module's table, as the module gave it.
    init(_ table: PageContent.Table) {
        self.init(headers: table.headers, rows: table.rows.map { $0.map { Cell(text: $0) } },
                  numeric: Set(table.headers.indices.filter { i in table.rows.allSatisfy { row in
                      i < row.count && row[i].first.map { $0.isNumber || $0 == "-" } == true } }.filter { $0 > 0 }),
                  empty: table.empty)
    }
}

/// Links between months on the dashboard and the public pages: the six months up to the one shown (and after it,
/// while not in the future).
struct MonthLink {
    let label: String
    let link: String
    let current: Bool

    static func around(_ month: YearMonth, today: CalendarDay, link: (YearMonth) -> String) -> [MonthLink] {
        let last = min(month.adding(months: 2), YearMonth(today))
        return (0..<6).reversed().map { last.adding(months: -$0) }.map {
            MonthLink(label: "\($0.year)年\($0.month)月", link: link($0), current: $0 == month)
        }
    }
}

/// The twelve-month trend, drawn on the server as SVG: bars for the cases received (left axis) and lines for the
/// 解决率 and 满意率 (right axis, 0–100%). Nothing is computed in the browser. Drawn twice — wide for a desktop,
/// narrow with larger type for a phone — and the stylesheet shows the one that fits.
struct TrendChart {
    struct Tick { let x: Int, y: Int, label: String }
    struct GridLine { let x1: Int, x2: Int, y: Int }
    struct Bar { let x: Int, y: Int, w: Int, h: Int, cx: Int, labelY: Int, label: String, tip: String }
    struct Dot { let x: Int, y: Int, color: String, tip: String }
    struct Line { let name: String, color: String, points: String, dots: [Dot] }

    let variant: String
    let width: Int, height: Int, fontSize: Int
    let caption: String
    let gridLines: [GridLine]
    let countTicks: [Tick]
    let percentTicks: [Tick]
    let bars: [Bar]
    let lines: [Line]

    /// Both drawings.
    static func both(_ trend: [(month: YearMonth, total: StatsRow)]) -> [TrendChart] {
        [TrendChart(trend, variant: "wide", width: 720, height: 280, fontSize: 12),
         TrendChart(trend, variant: "narrow", width: 360, height: 240, fontSize: 12)]
    }

    init(_ trend: [(month: YearMonth, total: StatsRow)], variant: String, width: Int, height: Int, fontSize: Int) {
        self.variant = variant; self.width = width; self.height = height; self.fontSize = fontSize
        let left = 34, right = 40, top = 12, bottom = 30
        let plotW = width - left - right, plotH = height - top - bottom
        let most = max(trend.map(\.total.received).max() ?? 0, 1)
        let step = Self.niceStep(most)
        let axisMax = ((most + step - 1) / step) * step
        let slot = plotW / max(trend.count, 1)
        func y(count: Int) -> Int { top + plotH - plotH * count / axisMax }
        func y(tenths: Int) -> Int { top + plotH - plotH * tenths / 1000 }
        let counts = stride(from: 0, through: axisMax, by: step).map { $0 }
        gridLines = counts.map { GridLine(x1: left, x2: width - right, y: y(count: $0)) }
        countTicks = counts.map { Tick(x: left - 5, y: y(count: $0) + fontSize / 3, label: String($0)) }
        percentTicks = [0, 500, 1000].map { Tick(x: width - right + 5, y: y(tenths: $0) + fontSize / 3, label: "\($0 / 10)%") }
        // A phone has room for every other month's name.
        let every = width < 500 ? 2 : 1
        bars = trend.enumerated().map { i, point in
            let barTop = y(count: point.total.received)
            return Bar(x: left + i * slot + slot / 5, y: barTop, w: slot * 3 / 5, h: (height - bottom) - barTop,
                       cx: left + i * slot + slot / 2, labelY: height - bottom + fontSize + 4,
                       label: (trend.count - 1 - i) % every == 0 ? "\(point.month.month)月" : "",
                       tip: "\(point.month.chinese) 受理 \(point.total.received) 件")
        }
        func line(_ name: String, _ color: String, _ value: (StatsRow) -> (Int, Int)) -> Line {
            let dots = trend.enumerated().compactMap { i, point -> Dot? in
                let (part, whole) = value(point.total)
                guard whole > 0 else { return nil }
                let tenths = (part * 1000 + whole / 2) / whole
                return Dot(x: left + i * slot + slot / 2, y: y(tenths: tenths), color: color,
                           tip: "\(point.month.chinese) \(name) \(DeskFormat.percent(part, of: whole))")
            }
            return Line(name: name, color: color, points: dots.map { "\($0.x),\($0.y)" }.joined(separator: " "), dots: dots)
        }
        lines = [line("解决率", "#1b7f3b", { ($0.resolved, $0.received) }), line("满意率", "#b3261e", { ($0.satisfied, $0.rated) })]
        caption = "近十二个月受理数、解决率和满意率：" + trend.map { p in
            "\(p.month.chinese) 受理\(p.total.received) 解决率\(p.total.resolutionRate) 满意率\(p.total.satisfactionRate)"
        }.joined(separator: "；")
    }

    /// A step of 1, 2 or 5 times a power of ten giving at most four steps.
    static func niceStep(_ most: Int) -> Int {
        var power = 1
        while true {
            for m in [1, 2, 5] where m * power * 4 >= most { return m * power }
            power *= 10
        }
    }
}
