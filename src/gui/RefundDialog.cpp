// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/RefundDialog.h"

#include "ui_RefundDialog.h"

#include <QLocale>
#include <QPushButton>

namespace bridge::gui {

namespace {

/// The amount as the user's locale writes it, without the currency code (which stands beside
/// the field): what the amount field reads back exactly.
QString localAmount(const Money& amount)
{
    const QString text = amount.toDisplayString(QLocale());
    return text.chopped(amount.currency().code().size() + 1);
}

} // namespace

RefundDialog::RefundDialog(const store::RefundablePayment& payment, const Result<store::RefundPolicy>& policy,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RefundDialog>())
    , m_payment(payment)
{
    m_ui->setupUi(this);
    if (policy) {
        m_policy = *policy;
    } else {
        m_policyError = policy.error().message;
    }
    const QLocale locale;
    const store::LedgerPayment& p = payment.payment;
    setWindowTitle(tr("Refund %1").arg(p.vendorTxCode));
    m_ui->paymentLabel->setText(
        //: %1 vendorTxCode, %2 customer account, %3 Opayo transactionId, then amounts.
        tr("Payment %1, customer %2\nOpayo transaction %3\nPaid %4 · refunded %5 · waiting %6 · left to refund %7")
            .arg(p.vendorTxCode, p.customer.isEmpty() ? tr("unknown") : p.customer, p.transactionId,
                 p.amount.toDisplayString(locale), payment.refunded.toDisplayString(locale),
                 payment.pending.toDisplayString(locale), payment.remaining.toDisplayString(locale)));
    // Room for a three-line refusal, so that the fields do not jump while the amount is typed.
    m_ui->messageLabel->setMinimumHeight(3 * fontMetrics().lineSpacing());
    m_ui->messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_ui->currencyLabel->setText(p.amount.currency().code());
    //: Example amounts in the refund dialog's amount field; %1 is the amount left to refund.
    m_ui->amountLineEdit->setPlaceholderText(tr("at most %1").arg(payment.remaining.toDisplayString(locale)));
    m_ui->amountLineEdit->setAccessibleName(tr("Amount to refund in %1").arg(p.amount.currency().code()));
    for (store::RefundReason r : {store::RefundReason::CustomerRequest, store::RefundReason::GoodsReturned,
                                  store::RefundReason::DuplicateCharge, store::RefundReason::Fraud,
                                  store::RefundReason::Goodwill, store::RefundReason::Other}) {
        m_ui->reasonComboBox->addItem(store::Refunds::reasonName(r), int(r));
    }
    m_ui->voidCheckBox->setVisible(payment.voidable);
    m_ui->voidCheckBox->setToolTip(tr("Opayo cancels the payment instead of refunding it: possible only on the day "
                                      "of the payment, before it is settled, and only for the whole amount."));
    connect(m_ui->fullAmountButton, &QPushButton::clicked, this,
            [this] { m_ui->amountLineEdit->setText(localAmount(m_payment.remaining)); });
    connect(m_ui->amountLineEdit, &QLineEdit::textChanged, this, &RefundDialog::update);
    connect(m_ui->noteLineEdit, &QLineEdit::textChanged, this, &RefundDialog::update);
    connect(m_ui->reasonComboBox, &QComboBox::currentIndexChanged, this, &RefundDialog::update);
    connect(m_ui->voidCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_ui->amountLineEdit->setText(localAmount(m_payment.payment.amount));
        }
        update();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (canSubmit() && !m_busy) {
            Q_EMIT submitted();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

RefundDialog::~RefundDialog() = default;

Result<Money> RefundDialog::amount() const
{
    const QLocale locale;
    const Currency currency = m_payment.payment.amount.currency();
    if (kind() == store::RefundKind::Void) {
        return m_payment.payment.amount;
    }
    const QString text = m_ui->amountLineEdit->text().trimmed();
    if (text.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("refund.amount_missing"),
                                     tr("Enter the amount to refund (at most %1), or press Full amount.")
                                         .arg(m_payment.remaining.toDisplayString(locale))));
    }
    Result<Money> amount = Money::parse(text, currency, Money::ParseOptions{.locale = locale});
    if (!amount) {
        return fail(
            Error::permanent(QStringLiteral("refund.amount_unreadable"),
                             //: %1 is the parser's explanation; %2 an example amount.
                             tr("%1 Write it like %2.").arg(amount.error().message, localAmount(m_payment.remaining))));
    }
    if (amount->minorUnits() <= 0) {
        return fail(Error::permanent(
            QStringLiteral("refund.amount_not_positive"),
            tr("A refund must be more than zero: enter up to %1.").arg(m_payment.remaining.toDisplayString(locale))));
    }
    if (amount->minorUnits() > m_payment.remaining.minorUnits()) {
        return fail(Error::permanent(
            QStringLiteral("refund.above_remaining"),
            tr("%1 is more than is left to refund of %2: %3 (paid %4, refunded %5, waiting %6). Enter at most %3.")
                .arg(amount->toDisplayString(locale), m_payment.payment.vendorTxCode,
                     m_payment.remaining.toDisplayString(locale), m_payment.payment.amount.toDisplayString(locale),
                     m_payment.refunded.toDisplayString(locale), m_payment.pending.toDisplayString(locale))));
    }
    return amount;
}

store::RefundKind RefundDialog::kind() const
{
    return m_payment.voidable && m_ui->voidCheckBox->isChecked() ? store::RefundKind::Void : store::RefundKind::Refund;
}

store::RefundReason RefundDialog::reason() const
{
    return store::RefundReason(m_ui->reasonComboBox->currentData().toInt());
}

QString RefundDialog::note() const
{
    return m_ui->noteLineEdit->text().trimmed();
}

QString RefundDialog::message() const
{
    return m_ui->messageLabel->text();
}

bool RefundDialog::canSubmit() const
{
    return !m_busy && m_payment.remaining.minorUnits() > 0 && amount().has_value() && !note().isEmpty();
}

void RefundDialog::showRefusal(const Error& error)
{
    m_refusal = error.message;
    setBusy(false);
}

void RefundDialog::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

void RefundDialog::update()
{
    const QLocale locale;
    const bool isVoid = kind() == store::RefundKind::Void;
    m_ui->amountLineEdit->setEnabled(!m_busy && !isVoid);
    m_ui->fullAmountButton->setEnabled(!m_busy && !isVoid && m_payment.remaining.minorUnits() > 0);
    m_ui->reasonComboBox->setEnabled(!m_busy);
    m_ui->noteLineEdit->setEnabled(!m_busy);
    m_ui->voidCheckBox->setEnabled(!m_busy);

    const Result<Money> a = amount();
    QString message;
    if (m_payment.remaining.minorUnits() <= 0) {
        message = tr("Nothing is left to refund of %1: paid %2, refunded %3, waiting %4.")
                      .arg(m_payment.payment.vendorTxCode, m_payment.payment.amount.toDisplayString(locale),
                           m_payment.refunded.toDisplayString(locale), m_payment.pending.toDisplayString(locale));
    } else if (!a) {
        message = m_ui->amountLineEdit->text().trimmed().isEmpty() ? QString() : a.error().message;
    } else if (note().isEmpty()) {
        message = tr("Write a note: the approver and the audit trail see why the money goes back.");
    }
    if (!m_refusal.isEmpty()) {
        //: The store's own refusal of a refund request, shown in the refund dialog.
        message = message.isEmpty() ? tr("Not accepted: %1").arg(m_refusal)
                                    : tr("Not accepted: %1\n%2").arg(m_refusal, message);
    }
    m_ui->messageLabel->setText(message);

    bool alone = false;
    if (!m_policyError.isEmpty()) {
        m_ui->policyLabel->setText(tr("The refund limits in Settings cannot be read (%1), so every refund waits for "
                                      "an approver. An administrator can correct them under Settings.")
                                       .arg(m_policyError));
    } else if (a && m_policy.letsThrough(*a)) {
        alone = true;
        const Currency currency = m_payment.payment.amount.currency();
        const Money limit(m_policy.singleApproverLimitMinor.value(currency.code()), currency);
        m_ui->policyLabel->setText(tr("Refunds up to %1 need no second person (refund policy): this one goes to "
                                      "Opayo as soon as you confirm.")
                                       .arg(limit.toDisplayString(locale)));
    } else {
        m_ui->policyLabel->setText(
            tr("An approver other than you must approve this before any money goes back; it then waits in the "
               "Approvals tab."));
    }
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(isVoid  ? (alone ? tr("&Void now") : tr("&Ask to void"))
                : alone ? tr("&Refund now")
                        : tr("&Ask for approval"));
    ok->setEnabled(canSubmit());
    ok->setToolTip(ok->isEnabled() ? QString() : message);
}

} // namespace bridge::gui
