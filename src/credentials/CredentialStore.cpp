// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "credentials/CredentialStore.h"

#include "logging/Log.h"

#include <qt6keychain/keychain.h>
#include <spdlog/spdlog.h>

namespace bridge::credentials {

namespace {

enum class Operation { Read, Store, Delete };

Error keychainError(QKeychain::Error code, const QString& detail, const SecretRef& ref, Operation operation)
{
    const QString what = ref.keychainKey();
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::configuration(
            QStringLiteral("keychain.not_found"),
            CredentialStore::tr("No secret is stored in the system keychain for %1. Enter it in Settings.").arg(what),
            detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::security(QStringLiteral("keychain.denied"),
                               CredentialStore::tr("The system keychain refused access to %1. Unlock the keychain or "
                                                   "allow the bridge to use it, then try again.")
                                   .arg(what),
                               detail);
    case QKeychain::NoBackendAvailable:
        return Error::configuration(
            QStringLiteral("keychain.unavailable"),
            CredentialStore::tr(
                "No system keychain is available, so the secret for %1 cannot be used. The bridge never "
                "stores secrets in plain text. On Linux start a Secret Service (for example "
                "gnome-keyring) and unlock it; on Windows the Credential Manager must be running.")
                .arg(what),
            detail);
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    QString message;
    switch (operation) {
    case Operation::Read:
        message = CredentialStore::tr("The system keychain could not read the secret for %1.").arg(what);
        break;
    case Operation::Store:
        message = CredentialStore::tr("The system keychain could not store the secret for %1.").arg(what);
        break;
    case Operation::Delete:
        message = CredentialStore::tr("The system keychain could not delete the secret for %1.").arg(what);
        break;
    }
    return Error::configuration(QStringLiteral("keychain.failed"), message, detail);
}

Error badReference()
{
    return Error::configuration(QStringLiteral("keychain.bad_ref"),
                                CredentialStore::tr("No keychain entry is configured for this secret."));
}

template <typename Job>
Job* makeJob(const QString& service, const SecretRef& ref)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never write secrets to a plain file
    job->setKey(ref.keychainKey());
    return job;
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent) : QObject(parent), m_service(std::move(service)) {}

void CredentialStore::read(const SecretRef& ref, QObject* context, ReadCallback done)
{
    if (!ref.isValid()) {
        QMetaObject::invokeMethod(
            context, [done] { done(fail(badReference())); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, ref);
    connect(job, &QKeychain::Job::finished, context, [ref, done = std::move(done)](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() != QKeychain::NoError) {
            log::get("credentials")
                ->warn("keychain read of {} failed: {}", ref.keychainKey().toStdString(),
                       readJob->errorString().toStdString());
            done(fail(keychainError(readJob->error(), readJob->errorString(), ref, Operation::Read)));
            return;
        }
        done(readJob->textData());
    });
    job->start();
}

void CredentialStore::write(const SecretRef& ref, const QString& value, QObject* context, DoneCallback done)
{
    if (!ref.isValid()) {
        QMetaObject::invokeMethod(
            context, [done] { done(fail(badReference())); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, ref);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, context, [ref, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            log::get("credentials")
                ->warn("keychain write of {} failed: {}", ref.keychainKey().toStdString(),
                       finished->errorString().toStdString());
            done(fail(keychainError(finished->error(), finished->errorString(), ref, Operation::Store)));
            return;
        }
        log::get("credentials")->info("stored secret {} in the keychain", ref.keychainKey().toStdString());
        done({});
    });
    job->start();
}

void CredentialStore::remove(const SecretRef& ref, QObject* context, DoneCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, ref);
    connect(job, &QKeychain::Job::finished, context, [ref, done = std::move(done)](QKeychain::Job* finished) {
        // Removing what is not there is not a failure: the end state is the one asked for.
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(fail(keychainError(finished->error(), finished->errorString(), ref, Operation::Delete)));
            return;
        }
        log::get("credentials")->info("removed secret {} from the keychain", ref.keychainKey().toStdString());
        done({});
    });
    job->start();
}

} // namespace bridge::credentials
