// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Monitor page's actions on the selected events: retry now, replay, edit and replay,
// approve an edit, mark resolved, copy references, CSV export. Each runs on the model's reader
// thread and is audited; the page's layout, filters and live updates are in MonitorPage.cpp.
#include "core/PaymentEdits.h"
#include "engine/Engine.h"
#include "engine/EventNormaliser.h"
#include "gui/AppContext.h"
#include "gui/CsvField.h"
#include "gui/EditReplayDialog.h"
#include "gui/MessageBox.h"
#include "gui/MonitorDetailView.h"
#include "gui/MonitorModel.h"
#include "gui/MonitorPage.h"
#include "logging/Log.h"
#include "store/AuditLog.h"
#include "store/Corrections.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "ui_MonitorPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace bridge::gui {

namespace {

struct ExportResult {
    qint64 rows = 0;
    bool cancelled = false;
    std::optional<Error> error;
};

} // namespace

void MonitorPage::correct(const QString& what,
                          std::function<Result<QString>(const std::shared_ptr<store::Database>&)> work)
{
    m_model->run<Result<QString>>(std::move(work), [this, what](const Result<QString>& done) {
        if (!done) {
            log::get("gui")->warn("{}: {}", what.toStdString(), done.error().toString().toStdString());
            MessageBox::error(this, what, done.error());
            Q_EMIT actionFailed(done.error());
            return;
        }
        m_lastMessage = *done;
        if (m_engine) {
            m_engine->wake();
        }
        refreshNow();
        updateFooter();
        Q_EMIT actionFinished(*done);
    });
}

void MonitorPage::retryNow()
{
    if (Result<void> allowed = m_context.check(Action::RetryPosting); !allowed) {
        MessageBox::error(this, tr("Cannot retry"), allowed.error());
        return;
    }
    const qint64 id = currentId();
    const QString actor = m_context.currentUser().login;
    correct(tr("Cannot retry"), [id, actor](const std::shared_ptr<store::Database>& database) -> Result<QString> {
        Result<int> n = store::Corrections(database).retryNow(id, actor);
        if (!n) {
            return fail(n.error());
        }
        return tr("Event %1: %n item(s) tried again now.", nullptr, *n).arg(id);
    });
}

void MonitorPage::replay()
{
    if (Result<void> allowed = m_context.check(Action::RetryPosting); !allowed) {
        MessageBox::error(this, tr("Cannot replay"), allowed.error());
        return;
    }
    const qint64 id = currentId();
    const QString actor = m_context.currentUser().login;
    correct(tr("Cannot replay"), [id, actor](const std::shared_ptr<store::Database>& database) -> Result<QString> {
        if (Result<void> r = store::Corrections(database).replay(id, actor); !r) {
            return fail(r.error());
        }
        return tr("Event %1 replayed.").arg(id);
    });
}

void MonitorPage::editAndReplay()
{
    if (Result<void> allowed = m_context.check(Action::ReplayWithEdits); !allowed) {
        MessageBox::error(this, tr("Cannot edit"), allowed.error());
        return;
    }
    const std::optional<store::MonitorDetail>& d = m_detail->detail();
    if (!d) {
        return;
    }
    // The payment as the bridge reads it: the canonical form when it got that far, otherwise
    // what the normaliser makes of the event received.
    CanonicalPayment payment;
    if (!d->canonical.isEmpty()) {
        Result<CanonicalPayment> p =
            CanonicalPayment::fromJson(QJsonDocument::fromJson(d->canonical.toUtf8()).object());
        if (!p) {
            MessageBox::error(this, tr("Cannot edit"), p.error());
            return;
        }
        payment = *p;
    } else {
        Result<std::optional<store::InboxEvent>> event = store::Inbox(m_context.database()).find(d->row.id);
        if (!event || !*event) {
            MessageBox::error(this, tr("Cannot edit"),
                              event ? Error::permanent(QStringLiteral("monitor.unknown_event"),
                                                       tr("Event %1 is no longer in the database.").arg(d->row.id))
                                    : event.error());
            return;
        }
        Result<engine::NormalisedEvent> n = engine::EventNormaliser::normalise(**event);
        if (!n) {
            MessageBox::error(this, tr("Cannot edit"), n.error());
            return;
        }
        payment = n->payment;
    }
    if (!d->edits.isEmpty()) {
        if (Result<CanonicalPayment> edited =
                PaymentEdits::apply(payment, QJsonDocument::fromJson(d->edits.toUtf8()).object());
            edited) {
            payment = *edited;
        }
    }
    EditReplayDialog dialog(payment, d->errorMessage, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    submitEdits(dialog.edits(), dialog.reason());
}

void MonitorPage::submitEdits(const QJsonObject& edits, const QString& reason)
{
    if (Result<void> allowed = m_context.check(Action::ReplayWithEdits); !allowed) {
        MessageBox::error(this, tr("Cannot edit"), allowed.error());
        return;
    }
    const qint64 id = currentId();
    const QString actor = m_context.currentUser().login;
    correct(tr("Cannot edit and replay"),
            [id, actor, edits, reason](const std::shared_ptr<store::Database>& database) -> Result<QString> {
                Result<store::Corrections::Requested> r =
                    store::Corrections(database).requestEditedReplay(id, actor, edits, reason);
                if (!r) {
                    return fail(r.error());
                }
                return r->applied ? tr("Event %1 corrected and replayed.").arg(id)
                                  : tr("Event %1: the change to money waits for an approver (request %2).")
                                        .arg(id)
                                        .arg(r->requestId);
            });
}

void MonitorPage::markResolved()
{
    if (Result<void> allowed = m_context.check(Action::ResolveDeadLetter); !allowed) {
        MessageBox::error(this, tr("Cannot mark resolved"), allowed.error());
        return;
    }
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, tr("Mark resolved"),
        tr("How was this dead letter dealt with? (e.g. \"posted by hand as sales order 000123\")\nNothing is posted "
           "for it, and commands held behind it stay held."),
        QString(), &ok);
    if (ok) {
        markResolvedWith(comment);
    }
}

void MonitorPage::markResolvedWith(const QString& comment)
{
    const qint64 id = currentId();
    const QString actor = m_context.currentUser().login;
    correct(tr("Cannot mark resolved"),
            [id, actor, comment](const std::shared_ptr<store::Database>& database) -> Result<QString> {
                if (Result<void> r = store::Corrections(database).markResolved(id, actor, comment); !r) {
                    return fail(r.error());
                }
                return tr("Event %1 marked resolved.").arg(id);
            });
}

void MonitorPage::decideEdit()
{
    if (Result<void> allowed = m_context.check(Action::ApproveReplay); !allowed) {
        MessageBox::error(this, tr("Cannot approve"), allowed.error());
        return;
    }
    const std::optional<store::MonitorDetail>& d = m_detail->detail();
    const store::ReplayRequest* pending = nullptr;
    for (const store::ReplayRequest& r : d ? d->replayRequests : QList<store::ReplayRequest>{}) {
        if (r.status == QLatin1String("pending")) {
            pending = &r;
        }
    }
    if (pending == nullptr) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Approve or reject edit %1").arg(pending->id));
    auto* layout = new QVBoxLayout(&dialog);
    QStringList changes;
    const QJsonObject edits = QJsonDocument::fromJson(pending->edits.toUtf8()).object();
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        changes.append(tr("• %1: %2").arg(PaymentEdits::label(it.key()), it.value().toString()));
    }
    auto* text = new QLabel(
        tr("%1 asks to replay %2 with these corrections:\n%3\n\nReason: %4")
            .arg(pending->requestedBy, d->row.vendorTxCode, changes.join(QLatin1Char('\n')), pending->reason),
        &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* comment = new QPlainTextEdit(&dialog);
    comment->setPlaceholderText(tr("Comment (needed to reject)"));
    comment->setAccessibleName(tr("Comment"));
    layout->addWidget(comment);
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* approve = buttons->addButton(tr("&Approve and replay"), QDialogButtonBox::AcceptRole);
    QPushButton* reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    bool approved = false;
    bool decided = false;
    connect(approve, &QPushButton::clicked, &dialog, [&] {
        approved = decided = true;
        dialog.accept();
    });
    connect(reject, &QPushButton::clicked, &dialog, [&] {
        decided = true;
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted && decided) {
        decideEditWith(approved, comment->toPlainText());
    }
}

void MonitorPage::decideEditWith(bool approve, const QString& comment)
{
    const std::optional<store::MonitorDetail>& d = m_detail->detail();
    qint64 requestId = 0;
    for (const store::ReplayRequest& r : d ? d->replayRequests : QList<store::ReplayRequest>{}) {
        if (r.status == QLatin1String("pending")) {
            requestId = r.id;
        }
    }
    const QString actor = m_context.currentUser().login;
    const RoleSet roles = m_context.currentUser().roles;
    correct(approve ? tr("Cannot approve") : tr("Cannot reject"),
            [requestId, actor, roles, approve,
             comment](const std::shared_ptr<store::Database>& database) -> Result<QString> {
                store::Corrections corrections(database);
                Result<void> r = approve ? corrections.approveReplay(requestId, actor, roles, comment)
                                         : corrections.rejectReplay(requestId, actor, roles, comment);
                if (!r) {
                    return fail(r.error());
                }
                return approve ? tr("Edit %1 approved; the payment is replayed.").arg(requestId)
                               : tr("Edit %1 rejected.").arg(requestId);
            });
}

void MonitorPage::audit(const QString& action, const QString& subject, const QJsonObject& detail)
{
    const QString actor = m_context.currentUser().login;
    m_model->run<Result<void>>(
        [actor, action, subject, detail](const std::shared_ptr<store::Database>& database) {
            return asVoid(store::AuditLog(database).append(actor, action, subject, detail));
        },
        [action](const Result<void>& audited) {
            if (!audited) {
                log::get("gui")->error("{} not audited: {}", action.toStdString(),
                                       audited.error().toString().toStdString());
            }
        });
}

void MonitorPage::copyReferences()
{
    QStringList lines;
    QList<qint64> ids;
    QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& index : std::as_const(rows)) {
        const store::MonitorRow* r = m_model->rowAt(index.row());
        if (r == nullptr) {
            continue;
        }
        ids.append(r->id);
        lines.append(QStringList{r->vendorTxCode, r->transactionId, r->documents.join(QStringLiteral(", "))}.join(
            QLatin1Char('\t')));
    }
    if (lines.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    QJsonArray idArray;
    for (qint64 id : std::as_const(ids)) {
        idArray.append(id);
    }
    audit(QStringLiteral("monitor.copy_references"), QStringLiteral("inbox"),
          QJsonObject{{QStringLiteral("events"), idArray}});
    m_lastMessage = tr("%n reference line(s) copied.", nullptr, int(lines.size()));
    updateFooter();
    Q_EMIT actionFinished(m_lastMessage);
}

void MonitorPage::exportCsv(const QString& chosenPath)
{
    if (Result<void> allowed = m_context.check(Action::ExportData); !allowed) {
        MessageBox::error(this, tr("Cannot export"), allowed.error());
        return;
    }
    QString path = chosenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export payments"),
            QStringLiteral("payments-%1.csv")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
            tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
    }
    const store::MonitorFilter filter = m_model->filter();
    const store::MonitorSort sort = m_model->sortOrder();
    const bool descending = m_model->isDescending();
    const qint64 total = m_model->rowCount();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto written = std::make_shared<std::atomic<qint64>>(0);
    auto* progress = new QProgressDialog(tr("Exporting %n payment event(s)…", nullptr, int(total)), tr("Cancel"), 0,
                                         int(std::min<qint64>(total, std::numeric_limits<int>::max())), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    auto* tick = new QTimer(progress);
    connect(tick, &QTimer::timeout, progress, [progress, written] { progress->setValue(int(written->load())); });
    connect(progress, &QProgressDialog::canceled, progress, [cancelled] { *cancelled = true; });
    tick->start(100);
    const QString actor = m_context.currentUser().login;
    m_model->run<ExportResult>(
        [=](const std::shared_ptr<store::Database>& database) {
            ExportResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
                result.error =
                    Error::permanent(QStringLiteral("monitor.export_open"),
                                     tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
                return result;
            }
            const QStringList header{
                QStringLiteral("received_utc"), QStringLiteral("vendor_tx_code"), QStringLiteral("transaction_id"),
                QStringLiteral("customer"),     QStringLiteral("amount"),         QStringLiteral("currency"),
                QStringLiteral("type"),         QStringLiteral("status"),         QStringLiteral("syspro_documents"),
                QStringLiteral("attempts"),     QStringLiteral("risk"),           QStringLiteral("problem")};
            file.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
            const store::Monitor monitor(database);
            constexpr int kChunk = 2'000;
            for (qint64 offset = 0;; offset += kChunk) {
                if (cancelled->load()) {
                    result.cancelled = true;
                    file.cancelWriting();
                    return result;
                }
                Result<QList<store::MonitorRow>> rows = monitor.page(filter, sort, descending, offset, kChunk);
                if (!rows) {
                    result.error = rows.error();
                    file.cancelWriting();
                    return result;
                }
                for (const store::MonitorRow& r : *rows) {
                    const QStringList fields{
                        QDateTime::fromMSecsSinceEpoch(r.receivedAt).toUTC().toString(Qt::ISODateWithMs),
                        r.vendorTxCode,
                        r.transactionId,
                        r.customer,
                        r.amount ? r.amount->toDecimalString() : QString(),
                        r.amount ? r.amount->currency().code() : QString(),
                        r.kind,
                        MonitorModel::flowLabel(r.flow),
                        r.documents.join(QStringLiteral("; ")),
                        QString::number(r.attempts),
                        r.riskScore ? QString::number(*r.riskScore) : QString(),
                        r.problem};
                    QStringList cells;
                    for (const QString& f : fields) {
                        cells.append(csvField(f));
                    }
                    file.write(cells.join(QLatin1Char(',')).toUtf8() + '\n');
                }
                result.rows += rows->size();
                *written = result.rows;
                if (rows->size() < kChunk) {
                    break;
                }
            }
            if (!file.commit()) {
                result.error =
                    Error::permanent(QStringLiteral("monitor.export_write"),
                                     tr("Cannot finish %1: %2. Nothing was written.").arg(path, file.errorString()));
                return result;
            }
            const auto audited = store::AuditLog(database).append(
                actor, QStringLiteral("monitor.export"), QStringLiteral("inbox"),
                QJsonObject{{QStringLiteral("rows"), result.rows}, {QStringLiteral("file"), path}});
            if (!audited) {
                log::get("gui")->error("export not audited: {}", audited.error().toString().toStdString());
            }
            return result;
        },
        [this, progress, path](const ExportResult& result) {
            progress->deleteLater();
            if (result.error) {
                MessageBox::error(this, tr("Export failed"), *result.error);
                Q_EMIT actionFailed(*result.error);
                return;
            }
            m_lastMessage = result.cancelled
                                ? tr("Export cancelled; no file was written.")
                                : tr("%n payment event(s) exported to %1.", nullptr, int(result.rows)).arg(path);
            updateFooter();
            Q_EMIT actionFinished(m_lastMessage);
        });
}

} // namespace bridge::gui
