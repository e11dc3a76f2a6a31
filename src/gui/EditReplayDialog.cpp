// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/EditReplayDialog.h"

#include "core/PaymentEdits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bridge::gui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

EditReplayDialog::EditReplayDialog(const CanonicalPayment& payment, const QString& problem, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Edit and replay %1").arg(payment.vendorTxCode));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        problem.isEmpty()
            ? tr("Correct the payment, then replay it through the bridge.")
            : tr("The bridge stopped this payment: %1\n\nCorrect what is wrong, then replay it.").arg(problem),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<PaymentEdits::Field> fields = PaymentEdits::fieldsOf(payment);
    m_table = new QTableWidget(int(fields.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Now"), tr("Corrected value")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("Payment fields"));
    for (int row = 0; row < fields.size(); ++row) {
        const PaymentEdits::Field& f = fields.at(row);
        auto* name = new QTableWidgetItem(f.money ? tr("%1 (money: needs approval)").arg(PaymentEdits::label(f.path))
                                                  : PaymentEdits::label(f.path));
        name->setData(kPathRole, f.path);
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(f.path);
        auto* now = new QTableWidgetItem(f.value);
        now->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* corrected = new QTableWidgetItem(f.value);
        corrected->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, now);
        m_table->setItem(row, 2, corrected);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why: e.g. the shop sent the customer's old account code"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, &EditReplayDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &EditReplayDialog::update);
    resize(720, 560);
    update();
}

QJsonObject EditReplayDialog::edits() const
{
    QJsonObject edits;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString now = m_table->item(row, 1)->text();
        const QString corrected = m_table->item(row, 2)->text().trimmed();
        if (corrected != now) {
            edits.insert(m_table->item(row, 0)->data(kPathRole).toString(), corrected);
        }
    }
    return edits;
}

QString EditReplayDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool EditReplayDialog::setNewValue(const QString& path, const QString& value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kPathRole).toString() == path) {
            m_table->item(row, 2)->setText(value);
            return true;
        }
    }
    return false;
}

void EditReplayDialog::update()
{
    const QJsonObject e = edits();
    const Result<void> valid = e.isEmpty() ? Result<void>{} : PaymentEdits::validate(e);
    if (e.isEmpty()) {
        m_note->setText(tr("Change at least one value in the last column."));
    } else if (!valid) {
        m_note->setText(valid.error().message);
    } else if (PaymentEdits::changesMoney(e)) {
        m_note->setText(tr("You changed money (%n field(s) changed in all). An approver who is not you must approve "
                           "the change; the payment is replayed when they do.",
                           nullptr, int(e.size())));
    } else {
        m_note->setText(
            tr("%n field(s) changed. The payment is replayed at once with the corrections.", nullptr, int(e.size())));
    }
    m_ok->setText(PaymentEdits::changesMoney(e) ? tr("Send for &approval") : tr("&Replay now"));
    m_ok->setEnabled(!e.isEmpty() && valid.has_value() && !reason().isEmpty());
    m_ok->setToolTip(reason().isEmpty() ? tr("Give a reason first.") : QString());
}

} // namespace bridge::gui
