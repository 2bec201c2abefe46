#include "dialogs/table_designer_estimate.h"

#include <QLocale>

namespace shardscope::ui {
namespace {

QString units(double value) {
    return QLocale().toString(value, 'f', value == static_cast<double>(static_cast<long long>(value)) ? 0 : 1);
}

QString cell(const QString& text, bool header = false) {
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    return QStringLiteral("<%1 align=\"right\" nowrap style=\"padding: 1px 8px\">%2</%1>").arg(tag, text);
}

}  // namespace

QString TableDesignerEstimate::formatDollars(double amount) {
    const int decimals = amount != 0.0 && amount < 0.1 ? 4 : 2;
    return QStringLiteral("$") + QLocale().toString(amount, 'f', decimals);
}

QString TableDesignerEstimate::html(const tools::TableDesign& design, const tools::CostEstimate& estimate) {
    const bool provisioned = design.isProvisioned();
    QString html = QStringLiteral("<table cellspacing=\"0\">");
    html += QStringLiteral("<tr>") + QStringLiteral("<th align=\"left\" style=\"padding: 1px 8px\"></th>") +
            cell(tr("Needed RCU"), true) + cell(tr("Needed WCU"), true);
    if (provisioned) html += cell(tr("Billed RCU"), true) + cell(tr("Billed WCU"), true);
    html += cell(tr("Per month"), true) + QStringLiteral("</tr>");
    QStringList warnings;
    for (const tools::CapacityLine& line : estimate.lines) {
        const QString name = line.isIndex ? tr("Index %1").arg(QString::fromStdString(line.name)) : tr("Table");
        html += QStringLiteral("<tr><td nowrap style=\"padding: 1px 8px\">%1</td>").arg(name.toHtmlEscaped()) +
                cell(units(line.requiredRcu)) + cell(units(line.requiredWcu));
        if (provisioned) html += cell(units(line.provisionedRcu)) + cell(units(line.provisionedWcu));
        html += cell(formatDollars(line.readCost + line.writeCost)) + QStringLiteral("</tr>");
        const QString who = line.isIndex ? tr("index %1").arg(QString::fromStdString(line.name)) : tr("the table");
        if (line.throttledReads)
            warnings.append(
                tr("The read capacity of %1 is below the workload's need: reads would be throttled.").arg(who));
        if (line.throttledWrites)
            warnings.append(
                tr("The write capacity of %1 is below the workload's need: writes would be throttled.").arg(who));
    }
    const int span = provisioned ? 5 : 3;
    html += QStringLiteral("<tr><td colspan=\"%1\" style=\"padding: 1px 8px\">%2</td>%3</tr>")
                .arg(span)
                .arg(tr("Storage"), cell(formatDollars(estimate.storageCost)));
    html += QStringLiteral("<tr><td colspan=\"%1\" style=\"padding: 1px 8px\"><b>%2</b></td>%3</tr>")
                .arg(span)
                .arg(tr("Total"), cell(QStringLiteral("<b>%1</b>").arg(formatDollars(estimate.total))));
    html += QStringLiteral("</table>");
    if (provisioned && estimate.minimumMonthly != estimate.maximumMonthly)
        html += QStringLiteral("<p>") +
                tr("With auto scaling: between %1 and %2 per month.")
                    .arg(formatDollars(estimate.minimumMonthly), formatDollars(estimate.maximumMonthly)) +
                QStringLiteral("</p>");
    for (const QString& warning : warnings)
        html += QStringLiteral("<p style=\"color: #b26a00\">\u26a0 %1</p>").arg(warning.toHtmlEscaped());
    if (estimate.prices)
        html +=
            QStringLiteral("<p style=\"color: gray\">") +
            tr("List prices for %1 in effect since %2 (checked %3); free tier, reserved capacity and data "
               "transfer not included.")
                .arg(QString::fromLatin1(estimate.prices->region), QString::fromLatin1(estimate.prices->effectiveDate),
                     QString::fromLatin1(estimate.prices->checkedDate)) +
            QStringLiteral("</p>");
    return html;
}

}  // namespace shardscope::ui
