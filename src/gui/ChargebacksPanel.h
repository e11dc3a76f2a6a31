// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Chargebacks.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bridge::gui {

class AppContext;

/// Chargebacks: newest first, with Record…, Import CSV…, Mark disputed, Mark won and Mark lost.
/// Each action is enabled only when the signed-in person may do it and the chargeback's state
/// allows it; its tooltip says why not. Marking one lost asks first, then queues its debit note
/// and fee journal for SYSPRO. Embedded as a tab of the Refunds page.
///
/// The list is read on the GUI thread: it is at most 500 rows through an index
/// (chargebacks_received_at), read when shown and after each change, not on a timer.
class ChargebacksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChargebacksPanel(AppContext& context, QWidget* parent = nullptr);

    void reload();
    /// What the buttons do after their dialog (tests call these directly). Each shows what
    /// went wrong, and returns whether it worked.
    bool recordChargeback(const store::NewChargeback& chargeback);
    bool importFile(const QString& path);
    bool markSelected(store::ChargebackState to);

    [[nodiscard]] std::optional<store::Chargeback> selected() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    /// Something was recorded, imported or changed (the Refunds page may refresh its badge).
    void chargebacksChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void record();
    void import();
    void updateActions();
    [[nodiscard]] store::Chargebacks chargebacks() const;
    [[nodiscard]] static QString stateName(store::ChargebackState state);
    /// The outbox status of a document not yet posted, in words.
    [[nodiscard]] static QString commandStateName(const QString& status);

    AppContext& m_context;
    QTableWidget* m_table;
    QLabel* m_emptyLabel;
    QLabel* m_statusLabel;
    QPushButton* m_recordButton;
    QPushButton* m_importButton;
    QPushButton* m_disputeButton;
    QPushButton* m_wonButton;
    QPushButton* m_lostButton;
    QList<store::Chargeback> m_rows;
};

} // namespace bridge::gui
