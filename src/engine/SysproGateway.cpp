// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/SysproGateway.h"

#include "syspro/SysproClient.h"
#include "syspro/SysproSession.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <vector>

namespace bridge::engine {

namespace {

syspro::FindQuery anyOf(const QString& table, const QString& column, const QStringList& values)
{
    syspro::FindQuery q;
    q.tableName = table;
    q.columns = {column};
    for (qsizetype i = 0; i < values.size(); ++i) {
        syspro::FindCondition c;
        c.column = column;
        c.value = values.at(i).trimmed().toUpper();
        c.andOr = i == 0 ? QStringLiteral("And") : QStringLiteral("Or");
        q.where.append(c);
    }
    q.returnRows = int(qMax<qsizetype>(10, values.size() * 2));
    return q;
}

constexpr qsizetype kChunk = 50;

} // namespace

SysproGateway::SysproGateway(syspro::SysproConfig config,
                             std::shared_ptr<const syspro::SysproCredentialsProvider> credentials,
                             std::shared_ptr<LookupCache> cache, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_cache(std::move(cache))
{}

SysproGateway::~SysproGateway() = default;

void SysproGateway::initialise()
{
    if (m_client) {
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_session = new syspro::SysproSession(m_config, m_credentials, m_network, this);
    m_client = new syspro::SysproClient(m_session, this);
    connect(m_session, &syspro::SysproSession::sessionLost, this, [this] {
        *m_loggedOn = false;
        Q_EMIT sessionLost();
    });
    connect(m_session, &syspro::SysproSession::loggedOn, this, [this] {
        *m_loggedOn = true;
        std::lock_guard lock(m_companyMutex);
        m_companyId = m_session->companyId();
    });
    connect(m_session, &syspro::SysproSession::shutdownFinished, this, [this] { *m_loggedOn = false; });
}

QString SysproGateway::companyId() const
{
    std::lock_guard lock(m_companyMutex);
    return m_companyId.isEmpty() ? QStringLiteral("?") : m_companyId;
}

Error SysproGateway::notReady()
{
    return Error::transient(QStringLiteral("engine.syspro_not_ready"),
                            tr("The SYSPRO connection is not set up yet; the call will be made again."));
}

void SysproGateway::lookUp(const QStringList& customers, const QStringList& stockCodes, QObject* context,
                           std::function<void(Result<void>)> done)
{
    QPointer<QObject> guard(context);
    auto reply = [guard, done = std::move(done)](const Result<void>& result) {
        if (!guard) {
            return;
        }
        QMetaObject::invokeMethod(
            guard.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        this,
        [this, customers, stockCodes, reply] {
            // One look-up at a time: the session is serial anyway, and a queued look-up first
            // asks the cache again, so a burst of events asking about the same codes (a busy
            // queue after a start) costs SYSPRO one call instead of one per event.
            m_lookups.push_back(PendingLookup{customers, stockCodes, reply});
            nextLookUp();
        },
        Qt::QueuedConnection);
}

void SysproGateway::nextLookUp()
{
    if (m_lookingUp || m_lookups.empty()) {
        return;
    }
    // Everything that queued up while the previous look-up ran is asked together: the codes of
    // a whole batch of events in one call per table rather than one call per event.
    QStringList customers;
    QStringList stockCodes;
    std::vector<std::function<void(Result<void>)>> waiting;
    for (PendingLookup& pending : m_lookups) {
        for (const QString& c : std::as_const(pending.customers)) {
            if (!customers.contains(c)) {
                customers.append(c);
            }
        }
        for (const QString& c : std::as_const(pending.stockCodes)) {
            if (!stockCodes.contains(c)) {
                stockCodes.append(c);
            }
        }
        waiting.push_back(std::move(pending.done));
    }
    m_lookups.clear();
    m_lookingUp = true;
    lookUpHere(customers, stockCodes, [this, waiting = std::move(waiting)](const Result<void>& result) {
        for (const auto& done : waiting) {
            done(result);
        }
        m_lookingUp = false;
        nextLookUp();
    });
}

void SysproGateway::lookUpHere(QStringList customers, QStringList stockCodes, std::function<void(Result<void>)> done)
{
    customers = m_cache->unknown(LookupCache::Kind::Customer, customers);
    stockCodes = m_cache->unknown(LookupCache::Kind::StockCode, stockCodes);
    LookupCache::Kind kind = LookupCache::Kind::Customer;
    QStringList codes;
    if (!customers.isEmpty()) {
        codes = customers.mid(0, kChunk);
    } else if (!stockCodes.isEmpty()) {
        kind = LookupCache::Kind::StockCode;
        codes = stockCodes.mid(0, kChunk);
    } else {
        done({});
        return;
    }
    const bool isCustomer = kind == LookupCache::Kind::Customer;
    const QString column = isCustomer ? QStringLiteral("Customer") : QStringLiteral("StockCode");
    m_client->find(anyOf(isCustomer ? QStringLiteral("ArCustomer") : QStringLiteral("InvMaster"), column, codes), this,
                   [this, kind, codes, column, customers, stockCodes, done](const Result<syspro::FindResult>& found) {
                       if (!found) {
                           done(fail(found.error()));
                           return;
                       }
                       QSet<QString> present;
                       for (const syspro::FindRow& row : found->rows) {
                           present.insert(row.value(column).trimmed().toUpper());
                       }
                       for (const QString& code : codes) {
                           m_cache->remember(kind, code, present.contains(code.trimmed().toUpper()));
                       }
                       // Go on with what is left (the cache now answers the codes just asked).
                       lookUpHere(customers, stockCodes, done);
                   });
}

void SysproGateway::shutdown(std::function<void()> done)
{
    if (!m_session) {
        done();
        return;
    }
    connect(
        m_session, &syspro::SysproSession::shutdownFinished, this, [done] { done(); }, Qt::SingleShotConnection);
    m_session->shutdown();
}

} // namespace bridge::engine
