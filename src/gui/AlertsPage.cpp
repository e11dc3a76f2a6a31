// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/AlertsPage.h"

#include "gui/AlertsModel.h"
#include "gui/AppContext.h"
#include "logging/Log.h"
#include "ui_AlertsPage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>

namespace bridge::gui {

AlertsPage::AlertsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::AlertsPage>())
    , m_model(new AlertsModel(store::Alerts(context.database()), this))
{
    m_ui->setupUi(this);
    m_ui->alertsTableView->setModel(m_model);
    QHeaderView* header = m_ui->alertsTableView->horizontalHeader();
    for (int c : {AlertsModel::SeverityColumn, AlertsModel::LastSeenColumn, AlertsModel::OccurrencesColumn}) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    // A subject can be a long id (an Opayo transactionId): a set width, the rest for the message.
    header->setSectionResizeMode(AlertsModel::ConcerningColumn, QHeaderView::Interactive);
    header->resizeSection(AlertsModel::ConcerningColumn, 26 * fontMetrics().averageCharWidth());
    header->setSectionResizeMode(AlertsModel::StateColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlertsModel::MessageColumn, QHeaderView::Stretch);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AlertsPage::reload);
    connect(m_ui->openOnlyCheckBox, &QCheckBox::toggled, this, &AlertsPage::reload);
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_ui->commentLineEdit, &QLineEdit::returnPressed, this, &AlertsPage::acknowledgeSelected);
    connect(m_ui->alertsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPage::showSelected);
    connect(&m_context, &AppContext::currentUserChanged, this, &AlertsPage::updatePermissions);
    m_countTimer.setInterval(5'000);
    connect(&m_countTimer, &QTimer::timeout, this, &AlertsPage::countOpen);
    m_countTimer.start();
    reload();
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AlertsPage::reload()
{
    const qint64 selected =
        m_ui->alertsTableView->currentIndex().isValid()
            ? m_ui->alertsTableView->currentIndex().siblingAtColumn(0).data(AlertsModel::IdRole).toLongLong()
            : 0;
    const Result<void> loaded = m_model->reload(m_ui->openOnlyCheckBox->isChecked());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (selected != 0 && m_model->alertAt(r)->id == selected) {
            m_ui->alertsTableView->selectRow(r);
        }
    }
    if (!loaded) {
        m_ui->footerLabel->setText(loaded.error().message);
    } else if (m_model->rowCount() == 0) {
        m_ui->footerLabel->setText(m_ui->openOnlyCheckBox->isChecked()
                                       ? tr("No open alerts: the engine needs nobody right now.")
                                       : tr("No alerts yet."));
    } else {
        m_ui->footerLabel->setText(tr("Showing the newest %n alert(s).", nullptr, m_model->rowCount()));
    }
    updatePermissions();
}

void AlertsPage::showSelected()
{
    const store::Alert* a = m_model->alertAt(m_ui->alertsTableView->currentIndex().row());
    if (!a || !m_ui->alertsTableView->selectionModel()->hasSelection()) {
        m_ui->detailLabel->setText(m_model->rowCount() > 0 ? tr("Select an alert to see what to do about it.")
                                                           : QString());
        updatePermissions();
        return;
    }
    const QLocale locale;
    auto when = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    QStringList lines{a->message};
    if (!a->fix.isEmpty()) {
        lines.append(tr("What to do: %1").arg(a->fix));
    }
    lines.append(
        tr("First seen %1, last seen %2, %n time(s).", nullptr, a->occurrences).arg(when(a->firstAt), when(a->lastAt)));
    if (a->acknowledged) {
        lines.append(
            a->comment.isEmpty()
                ? tr("Acknowledged by %1 at %2.").arg(a->acknowledgedBy, when(a->acknowledgedAt))
                : tr("Acknowledged by %1 at %2: %3").arg(a->acknowledgedBy, when(a->acknowledgedAt), a->comment));
    }
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
    updatePermissions();
}

void AlertsPage::updatePermissions()
{
    const store::Alert* a = m_model->alertAt(m_ui->alertsTableView->currentIndex().row());
    const bool selectedOpen = a && !a->acknowledged && m_ui->alertsTableView->selectionModel()->hasSelection();
    const Result<void> allowed = m_context.check(Action::AcknowledgeAlert);
    m_ui->acknowledgeButton->setEnabled(allowed.has_value() && selectedOpen);
    m_ui->commentLineEdit->setEnabled(allowed.has_value());
    m_ui->acknowledgeButton->setToolTip(!allowed        ? allowed.error().message
                                        : !selectedOpen ? tr("Select an open alert first.")
                                                        : QString());
}

bool AlertsPage::acknowledgeSelected()
{
    const store::Alert* a = m_model->alertAt(m_ui->alertsTableView->currentIndex().row());
    if (!a || !m_ui->alertsTableView->selectionModel()->hasSelection()) {
        m_ui->footerLabel->setText(tr("Select the alert to acknowledge first."));
        return false;
    }
    if (Result<void> allowed = m_context.check(Action::AcknowledgeAlert); !allowed) {
        m_ui->footerLabel->setText(allowed.error().message);
        return false;
    }
    const qint64 id = a->id;
    const Result<void> done =
        store::Alerts(m_context.database())
            .acknowledge(id, m_context.currentUser().login, m_ui->commentLineEdit->text().trimmed());
    if (!done) {
        m_ui->footerLabel->setText(done.error().message);
        return false;
    }
    log::get("gui")->info("alert {} acknowledged by {}", id, m_context.currentUser().login.toStdString());
    m_ui->commentLineEdit->clear();
    reload();
    countOpen();
    m_ui->footerLabel->setText(tr("Alert %1 acknowledged.").arg(id));
    return true;
}

void AlertsPage::countOpen()
{
    store::Alerts alerts(m_context.database());
    const Result<QMap<store::AlertSeverity, int>> counts = alerts.countOpen();
    if (!counts) {
        log::get("gui")->warn("cannot count open alerts: {}", counts.error().toString().toStdString());
        return;
    }
    int open = 0;
    for (auto it = counts->begin(); it != counts->end(); ++it) {
        open += it.value();
    }
    const int critical = counts->value(store::AlertSeverity::Critical);
    // The newest open critical alert: told once, when it is new since the last count.
    QString newCritical;
    if (critical > 0) {
        const Result<QList<store::Alert>> newest = alerts.list(true, 20);
        if (newest) {
            for (const store::Alert& a : *newest) {
                if (a.severity == store::AlertSeverity::Critical) {
                    if (a.id > m_newestCriticalId) {
                        if (m_newestCriticalId != 0 || m_critical >= 0) {
                            newCritical = a.message;
                        }
                        m_newestCriticalId = a.id;
                    }
                    break;
                }
            }
        }
    }
    if (open != m_open || critical != m_critical || !newCritical.isEmpty()) {
        m_open = open;
        m_critical = critical;
        Q_EMIT openAlertsChanged(open, critical, newCritical);
    }
}

} // namespace bridge::gui
