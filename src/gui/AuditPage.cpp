// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/AuditPage.h"

#include "gui/AppContext.h"
#include "gui/AuditModel.h"
#include "ui_AuditPage.h"

#include <QHeaderView>
#include <QtConcurrent/QtConcurrentRun>

namespace bridge::gui {

AuditPage::AuditPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_model(new AuditModel(context.audit(), this))
{
    m_ui->setupUi(this);
    m_ui->auditTableView->setModel(m_model);
    QHeaderView* header = m_ui->auditTableView->horizontalHeader();
    for (int c = AuditModel::IdColumn; c < AuditModel::DetailColumn; ++c) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    connect(&m_watcher, &QFutureWatcher<Result<store::AuditVerification>>::finished, this, [this] {
        m_ui->verifyButton->setEnabled(m_context.can(Action::VerifyAudit));
        const Result<store::AuditVerification> v = m_watcher.result();
        if (!v) {
            m_ui->verifyResultLabel->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: 600;"));
            m_ui->verifyResultLabel->setText(v.error().message);
            Q_EMIT verified(false, v.error().message);
            return;
        }
        m_ui->verifyResultLabel->setStyleSheet(v->ok ? QStringLiteral("color: #1d6b2c; font-weight: 600;")
                                                     : QStringLiteral("color: #b01c1c; font-weight: 600;"));
        m_ui->verifyResultLabel->setText(v->message);
        m_model->setHighlightedRow(v->firstBadRow ? v->firstBadRow->id : 0);
        Q_EMIT verified(v->ok, v->message);
    });
    connect(&m_context, &AppContext::currentUserChanged, this, [this] {
        const Result<void> allowed = m_context.check(Action::VerifyAudit);
        m_ui->verifyButton->setEnabled(allowed.has_value());
        m_ui->verifyButton->setToolTip(allowed ? QString() : allowed.error().message);
    });
    const Result<void> allowed = m_context.check(Action::VerifyAudit);
    m_ui->verifyButton->setEnabled(allowed.has_value());
    m_ui->verifyButton->setToolTip(allowed ? QString() : allowed.error().message);
    reload();
}

AuditPage::~AuditPage()
{
    m_watcher.waitForFinished();
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    const Result<void> loaded = m_model->reload();
    m_ui->footerLabel->setText(loaded
                                   ? tr("Showing the newest %1 entries. The full trail can be checked from the command "
                                        "line with: bridge-cli audit verify")
                                         .arg(m_model->rowCount())
                                   : loaded.error().message);
}

void AuditPage::verify()
{
    if (Result<void> allowed = m_context.check(Action::VerifyAudit); !allowed) {
        m_ui->verifyResultLabel->setText(allowed.error().message);
        Q_EMIT verified(false, allowed.error().message);
        return;
    }
    if (m_watcher.isRunning()) {
        return;
    }
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyResultLabel->setStyleSheet(QString());
    m_ui->verifyResultLabel->setText(tr("Verifying…"));
    // The pool thread uses its own database connection; the chain may be long.
    std::shared_ptr<store::Database> db = m_context.database();
    m_watcher.setFuture(QtConcurrent::run([db]() {
        store::AuditLog audit(db);
        Result<store::AuditVerification> v = audit.verify();
        db->closeThreadConnection();
        return v;
    }));
}

} // namespace bridge::gui
