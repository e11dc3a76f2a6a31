// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QHttpServerResponder;

namespace bridge::net {

/// An HTTP answer a server of ours sends (the listener, the sandboxes).
struct HttpReply {
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// Writes status line, headers (with Content-Length) and body.
    void writeTo(QHttpServerResponder& responder) const;
};

} // namespace bridge::net
