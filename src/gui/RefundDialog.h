// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "store/Refunds.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RefundDialog;
}

namespace bridge::gui {

/// Asks for a refund (part or all of what is left) or, while Opayo still allows it, a void of
/// the whole payment. The amount is read exactly in the payment's currency (Money's decimal
/// parser, no floating point) and refused above what is left, naming the amounts. Says before
/// it is sent whether the policy lets it through or an approver must approve it.
/// OK emits `submitted`; the dialog stays open until the page closes it (done) or shows the
/// store's refusal (`showRefusal`), so that nothing typed is lost.
class RefundDialog : public QDialog
{
    Q_OBJECT

public:
    /// `policy`: the single-approver limits from the settings, or why they cannot be read (then
    /// every refund waits for an approver, and the dialog says so).
    RefundDialog(const store::RefundablePayment& payment, const Result<store::RefundPolicy>& policy,
                 QWidget* parent = nullptr);
    ~RefundDialog() override;

    [[nodiscard]] const store::RefundablePayment& payment() const { return m_payment; }
    /// The amount typed (the whole payment for a void), checked against what is left.
    [[nodiscard]] Result<Money> amount() const;
    [[nodiscard]] store::RefundKind kind() const;
    [[nodiscard]] store::RefundReason reason() const;
    [[nodiscard]] QString note() const;
    /// The policy the request is made under (empty, so that everything waits for an approver,
    /// when the settings cannot be read).
    [[nodiscard]] const store::RefundPolicy& policy() const { return m_policy; }
    /// What the dialog tells the user now (why OK is not possible, or the store's refusal).
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool canSubmit() const;

    /// The store refused the request: its words are shown, the dialog stays open.
    void showRefusal(const Error& error);
    /// While the request is under way: nothing can be changed or sent twice.
    void setBusy(bool busy);

Q_SIGNALS:
    void submitted();

private:
    void update();

    std::unique_ptr<Ui::RefundDialog> m_ui;
    store::RefundablePayment m_payment;
    store::RefundPolicy m_policy;
    QString m_policyError;
    QString m_refusal;
    bool m_busy = false;
};

} // namespace bridge::gui
