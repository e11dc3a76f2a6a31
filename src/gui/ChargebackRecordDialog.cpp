// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/ChargebackRecordDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bridge::gui {

ChargebackRecordDialog::ChargebackRecordDialog(const QString& defaultAcquirer, QWidget* parent)
    : QDialog(parent)
    , m_transaction(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(QStringLiteral("GBP"), this))
    , m_fee(new QLineEdit(this))
    , m_acquirer(new QLineEdit(defaultAcquirer, this))
    , m_reference(new QLineEdit(this))
    , m_reasonCode(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_received(new QDateEdit(QDate::currentDate(), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Record a chargeback"));
    m_transaction->setObjectName(QStringLiteral("transactionLineEdit"));
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_currency->setObjectName(QStringLiteral("currencyLineEdit"));
    m_fee->setObjectName(QStringLiteral("feeLineEdit"));
    m_acquirer->setObjectName(QStringLiteral("acquirerLineEdit"));
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reasonCode->setObjectName(QStringLiteral("reasonCodeLineEdit"));
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_received->setObjectName(QStringLiteral("receivedDateEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    //: Placeholder: an example amount, written with a dot and without a currency sign
    m_amount->setPlaceholderText(tr("e.g. 12.34"));
    m_fee->setPlaceholderText(tr("0.00 when there is no fee"));
    m_transaction->setPlaceholderText(tr("Opayo transaction ID, from the Monitor page"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Transaction:"), m_transaction);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Currency:"), m_currency);
    //: The acquirer's fee for the chargeback
    form->addRow(tr("&Fee:"), m_fee);
    form->addRow(tr("Ac&quirer:"), m_acquirer);
    //: The acquirer's case or dispute number
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("Reason c&ode:"), m_reasonCode);
    form->addRow(tr("Reaso&n:"), m_reason);
    form->addRow(tr("Received &on:"), m_received);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChargebackRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChargebackRecordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

Result<store::NewChargeback> ChargebackRecordDialog::chargeback() const
{
    const auto problem = [](const QString& message) {
        return fail(Error::permanent(QStringLiteral("chargeback.form"), message));
    };
    const Result<Currency> currency = Currency::fromCode(m_currency->text().trimmed().toUpper());
    if (!currency) {
        return problem(tr("Currency: %1").arg(currency.error().message));
    }
    if (m_amount->text().trimmed().isEmpty()) {
        return problem(tr("Amount: give the amount charged back, for example 12.34."));
    }
    const Result<Money> amount = Money::parse(m_amount->text().trimmed(), *currency);
    if (!amount) {
        return problem(tr("Amount: %1").arg(amount.error().message));
    }
    Money fee = Money::zero(*currency);
    if (!m_fee->text().trimmed().isEmpty()) {
        const Result<Money> parsed = Money::parse(m_fee->text().trimmed(), *currency);
        if (!parsed) {
            return problem(tr("Fee: %1").arg(parsed.error().message));
        }
        fee = *parsed;
    }
    store::NewChargeback c;
    c.transactionId = m_transaction->text();
    c.amount = *amount;
    c.fee = fee;
    c.acquirer = m_acquirer->text();
    c.acquirerReference = m_reference->text();
    c.reasonCode = m_reasonCode->text();
    c.reason = m_reason->text();
    c.receivedOn = m_received->date();
    return c;
}

void ChargebackRecordDialog::accept()
{
    if (Result<store::NewChargeback> c = chargeback(); !c) {
        m_problem->setText(c.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace bridge::gui
