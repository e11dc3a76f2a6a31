// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "sandbox/common/FaultInjector.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace bridge::sandbox {

struct SandboxRequest {
    QByteArray method; ///< "GET", "POST", …
    QString path;      ///< decoded path, e.g. "/api/v1/transactions/ABC"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    /// Header value by case-insensitive name; empty if absent.
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

struct SandboxResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// Base of the in-process sandboxes: a Qt HTTP server on loopback that hands each request to
/// `handle()` and injects the faults of its FaultPlan around it (latency, 5xx, 408, resets before
/// or after processing, stalls). Subclasses implement the protocol only.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(QObject* parent = nullptr);

    /// Starts listening; port 0 picks a free port. Returns the port.
    Result<quint16> start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const;

    void setFaultPlan(const FaultPlan& plan) { m_faults.setPlan(plan); }
    [[nodiscard]] FaultInjector& faults() { return m_faults; }
    /// Bodies above this get HTTP 413 without being processed.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

protected:
    /// The protocol: called once per request that gets through fault injection, on this thread.
    virtual SandboxResponse handle(const SandboxRequest& request) = 0;
    /// The answer to an injected 5xx or 408 fault. The default is a short plain-text body; a
    /// protocol overrides it to answer the way its service does (e.g. Opayo's JSON 9998/9999).
    virtual SandboxResponse faultResponse(FaultKind kind, int status, const SandboxRequest& request);

private:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

    FaultInjector m_faults;
    qint64 m_maxBodyBytes = 1 << 20;
    quint16 m_port = 0;
    QHostAddress m_address;
};

} // namespace bridge::sandbox
