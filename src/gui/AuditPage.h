// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/AuditLog.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

namespace Ui {
class AuditPage;
}

namespace bridge::gui {

class AppContext;
class AuditModel;

/// The newest audit entries and a button that verifies the whole hash chain (off the GUI thread).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(AppContext& context, QWidget* parent = nullptr);
    ~AuditPage() override;

    void reload();
    void verify();
    [[nodiscard]] AuditModel* model() const { return m_model; }

Q_SIGNALS:
    void verified(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    AppContext& m_context;
    std::unique_ptr<Ui::AuditPage> m_ui;
    AuditModel* m_model;
    QFutureWatcher<Result<store::AuditVerification>> m_watcher;
};

} // namespace bridge::gui
