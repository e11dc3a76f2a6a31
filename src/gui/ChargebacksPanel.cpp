// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/ChargebacksPanel.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "gui/AppContext.h"
#include "gui/ChargebackRecordDialog.h"
#include "gui/MessageBox.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bridge::gui {

namespace {

enum Column {
    ReceivedColumn,
    AcquirerColumn,
    ReferenceColumn,
    TransactionColumn,
    CustomerColumn,
    AmountColumn,
    FeeColumn,
    StateColumn,
    ReasonColumn,
    SysproColumn,
    ColumnCount
};

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

} // namespace

ChargebacksPanel::ChargebacksPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_emptyLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_recordButton(new QPushButton(tr("&Record…"), this))
    , m_importButton(new QPushButton(tr("&Import CSV…"), this))
    , m_disputeButton(new QPushButton(tr("Mark &disputed"), this))
    , m_wonButton(new QPushButton(tr("Mark &won"), this))
    , m_lostButton(new QPushButton(tr("Mark &lost"), this))
{
    m_table->setObjectName(QStringLiteral("chargebacksTableWidget"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_disputeButton->setObjectName(QStringLiteral("disputeButton"));
    m_wonButton->setObjectName(QStringLiteral("wonButton"));
    m_lostButton->setObjectName(QStringLiteral("lostButton"));

    m_table->setHorizontalHeaderLabels({
        //: Column: the date the acquirer raised the chargeback
        tr("Received"),
        tr("Acquirer"),
        //: Column: the acquirer's case reference
        tr("Reference"),
        tr("Transaction"),
        tr("Customer"),
        tr("Amount"),
        //: Column: the acquirer's chargeback fee
        tr("Fee"),
        tr("State"),
        tr("Reason"),
        //: Column: the SYSPRO documents a lost chargeback posted
        tr("SYSPRO"),
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One line per chargeback, ids shortened in the middle (the whole id is in the tooltip), as
    // on the Monitor and Refunds pages.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No chargebacks yet. When an acquirer tells you of one, record it here, or import the "
                             "acquirer's CSV file."));
    m_statusLabel->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    buttons->addWidget(m_disputeButton);
    buttons->addWidget(m_wonButton);
    buttons->addWidget(m_lostButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_statusLabel);

    connect(m_recordButton, &QPushButton::clicked, this, &ChargebacksPanel::record);
    connect(m_importButton, &QPushButton::clicked, this, &ChargebacksPanel::import);
    connect(m_disputeButton, &QPushButton::clicked, this, [this] { markSelected(store::ChargebackState::Disputed); });
    connect(m_wonButton, &QPushButton::clicked, this, [this] { markSelected(store::ChargebackState::Won); });
    connect(m_lostButton, &QPushButton::clicked, this, [this] { markSelected(store::ChargebackState::Lost); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChargebacksPanel::updateActions);
    connect(&m_context, &AppContext::currentUserChanged, this, &ChargebacksPanel::updateActions);
    reload();
}

store::Chargebacks ChargebacksPanel::chargebacks() const
{
    return store::Chargebacks(m_context.database(), store::ChargebackPosting::fromSettings(m_context.settings()));
}

QString ChargebacksPanel::stateName(store::ChargebackState state)
{
    switch (state) {
    case store::ChargebackState::Received:
        //: A chargeback's state: the acquirer told us, nobody has acted yet
        return tr("Received");
    case store::ChargebackState::Disputed:
        //: A chargeback's state: we sent the acquirer evidence against it
        return tr("Disputed");
    case store::ChargebackState::Won:
        //: A chargeback's state: decided in our favour
        return tr("Won");
    case store::ChargebackState::Lost:
        //: A chargeback's state: decided against us; posted to SYSPRO
        return tr("Lost");
    }
    return {};
}

void ChargebacksPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

QString ChargebacksPanel::commandStateName(const QString& status)
{
    if (status == QLatin1String("done")) {
        return tr("posted");
    }
    if (status == QLatin1String("dead")) {
        return tr("failed, see the Monitor");
    }
    if (status == QLatin1String("unknown")) {
        return tr("being checked in SYSPRO");
    }
    return tr("waiting to be posted");
}

void ChargebacksPanel::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    Result<QList<store::Chargeback>> list = chargebacks().list(500);
    if (!list) {
        m_statusLabel->setText(tr("The chargebacks could not be read: %1").arg(list.error().message));
        return;
    }
    m_rows = *list;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    const QLocale locale;
    for (int r = 0; r < m_rows.size(); ++r) {
        const store::Chargeback& c = m_rows.at(r);
        QStringList documents;
        // A posted document by its SYSPRO number; one on its way by where it is.
        if (c.debitNoteOutboxId) {
            documents.append(c.debitNoteDocument.isEmpty()
                                 ? tr("debit note: %1").arg(commandStateName(c.debitNoteStatus))
                                 : tr("debit note %1").arg(c.debitNoteDocument));
        }
        if (c.journalOutboxId) {
            documents.append(c.journalDocument.isEmpty() ? tr("fee journal: %1").arg(commandStateName(c.journalStatus))
                                                         : tr("fee journal %1").arg(c.journalDocument));
        }
        m_table->setItem(r, ReceivedColumn, item(c.receivedOn.toString(Qt::ISODate)));
        m_table->setItem(r, AcquirerColumn, item(c.acquirer));
        m_table->setItem(r, ReferenceColumn, item(c.acquirerReference));
        m_table->setItem(r, TransactionColumn, item(c.transactionId));
        m_table->item(r, TransactionColumn)->setToolTip(c.transactionId);
        m_table->setItem(r, CustomerColumn, item(c.customer.isEmpty() ? tr("unknown") : c.customer));
        m_table->setItem(r, AmountColumn, item(c.amount.toDisplayString(locale)));
        m_table->setItem(r, FeeColumn, item(c.fee.isZero() ? QString() : c.fee.toDisplayString(locale)));
        m_table->setItem(r, StateColumn, item(stateName(c.state)));
        m_table->setItem(r, ReasonColumn,
                         item(c.reasonCode.isEmpty() ? c.reason : QStringLiteral("%1 %2").arg(c.reasonCode, c.reason)));
        m_table->setItem(r, SysproColumn, item(documents.join(QStringLiteral(", "))));
        m_table->item(r, AmountColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(r, FeeColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(r, ReceivedColumn)->setData(Qt::UserRole, c.id);
        if (c.id == keep) {
            m_table->selectRow(r);
        }
    }
    m_table->resizeColumnsToContents();
    const int idWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0123456789ABCDEF"));
    for (int column : {int(ReferenceColumn), int(TransactionColumn)}) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), idWidth));
    }
    m_table->setVisible(!m_rows.isEmpty());
    m_emptyLabel->setVisible(m_rows.isEmpty());
    updateActions();
}

std::optional<store::Chargeback> ChargebacksPanel::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    const int row = items.first()->row();
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row);
}

void ChargebacksPanel::updateActions()
{
    const Result<void> prepare = m_context.check(Action::PrepareRefund);
    m_recordButton->setEnabled(prepare.has_value());
    m_importButton->setEnabled(prepare.has_value());
    m_recordButton->setToolTip(prepare ? tr("Enter a chargeback by hand.") : prepare.error().message);
    m_importButton->setToolTip(prepare ? tr("Import the acquirer's chargeback CSV file; known chargebacks are "
                                            "skipped.")
                                       : prepare.error().message);
    const std::optional<store::Chargeback> c = selected();
    const store::UserRecord& me = m_context.currentUser();
    const struct {
        QPushButton* button;
        store::ChargebackState to;
        QString does;
    } actions[] = {
        {m_disputeButton, store::ChargebackState::Disputed,
         tr("You are sending the acquirer evidence against this chargeback.")},
        {m_wonButton, store::ChargebackState::Won, tr("The acquirer decided in your favour; nothing is posted.")},
        {m_lostButton, store::ChargebackState::Lost,
         tr("The acquirer decided against you: posts a debit note to the customer and the fee journal to SYSPRO.")},
    };
    for (const auto& a : actions) {
        if (!c) {
            a.button->setEnabled(false);
            a.button->setToolTip(tr("Select a chargeback first."));
            continue;
        }
        const Result<void> may = store::Chargebacks::mayChange(*c, a.to, me.login, me.roles);
        a.button->setEnabled(may.has_value());
        a.button->setToolTip(may ? a.does : may.error().message);
    }
}

void ChargebacksPanel::record()
{
    ChargebackRecordDialog dialog(m_context.settings().value(SettingKeys::ChargebackDefaultAcquirer), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (Result<store::NewChargeback> c = dialog.chargeback(); c) {
        recordChargeback(*c);
    }
}

bool ChargebacksPanel::recordChargeback(const store::NewChargeback& chargeback)
{
    const store::UserRecord& me = m_context.currentUser();
    const Result<qint64> id = chargebacks().record(chargeback, me.login, me.roles);
    if (!id) {
        MessageBox::error(this, tr("Chargeback not recorded"), id.error());
        return false;
    }
    m_statusLabel->setText(tr("Chargeback %1 recorded.").arg(*id));
    reload();
    Q_EMIT chargebacksChanged();
    return true;
}

void ChargebacksPanel::import()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the acquirer's chargebacks"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

bool ChargebacksPanel::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::error(this, tr("Chargebacks not imported"),
                          Error::permanent(QStringLiteral("chargeback.file"),
                                           tr("Cannot read %1: %2.").arg(path, file.errorString())));
        return false;
    }
    const Result<store::ChargebackCsvLayout> layout =
        store::ChargebackCsvLayout::parse(m_context.settings().value(SettingKeys::ChargebackCsvColumns));
    if (!layout) {
        MessageBox::error(this, tr("Chargebacks not imported"), layout.error());
        return false;
    }
    const store::UserRecord& me = m_context.currentUser();
    const QString name = QFileInfo(path).fileName();
    const Result<store::ChargebackImport> r =
        chargebacks().importCsv(file.readAll(), name, *layout,
                                m_context.settings().value(SettingKeys::ChargebackDefaultAcquirer), me.login, me.roles);
    if (!r) {
        MessageBox::error(this, tr("Chargebacks not imported"), r.error());
        return false;
    }
    QString summary = tr("%1: %n chargeback(s) imported", nullptr, int(r->imported.size())).arg(name);
    summary += QStringLiteral(", ") + tr("%n already known", nullptr, r->alreadyKnown);
    summary += QStringLiteral(", ") + tr("%n line(s) refused.", nullptr, int(r->refused.size()));
    m_statusLabel->setText(summary);
    reload();
    Q_EMIT chargebacksChanged();
    if (!r->refused.isEmpty()) {
        QStringList lines;
        for (const store::ChargebackImport::Refused& refused : r->refused) {
            lines.append(tr("Line %1: %2").arg(refused.line).arg(refused.reason));
        }
        MessageBox::warning(this, tr("Some lines were not imported"),
                            summary + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    }
    return true;
}

bool ChargebacksPanel::markSelected(store::ChargebackState to)
{
    const std::optional<store::Chargeback> c = selected();
    if (!c) {
        m_statusLabel->setText(tr("Select a chargeback first."));
        return false;
    }
    if (to == store::ChargebackState::Lost) {
        const QLocale locale;
        const QString text =
            c->fee.isZero()
                ? tr("Mark chargeback %1 lost? A debit note of %2 to customer %3 is posted to SYSPRO.")
                      .arg(c->acquirerReference, c->amount.toDisplayString(locale), c->customer)
                : tr("Mark chargeback %1 lost? A debit note of %2 to customer %3, and a journal of the fee of %4, are "
                     "posted to SYSPRO.")
                      .arg(c->acquirerReference, c->amount.toDisplayString(locale), c->customer,
                           c->fee.toDisplayString(locale));
        if (MessageBox::question(this, tr("Mark the chargeback lost"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Yes) {
            return false;
        }
    }
    const store::UserRecord& me = m_context.currentUser();
    if (Result<void> done = chargebacks().setState(c->id, to, me.login, me.roles); !done) {
        MessageBox::error(this, tr("Chargeback not changed"), done.error());
        reload();
        return false;
    }
    m_statusLabel->setText(tr("Chargeback %1 is now %2.").arg(c->acquirerReference, stateName(to).toLower()));
    reload();
    Q_EMIT chargebacksChanged();
    return true;
}

} // namespace bridge::gui
