// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "net/HttpReply.h"

#include <QHttpServerResponder>

namespace bridge::net {

void HttpReply::writeTo(QHttpServerResponder& responder) const
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!contentType.isEmpty()) {
        responder.writeHeader("Content-Type", contentType);
    }
    for (const auto& [name, value] : headers) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body.constData(), body.size());
}

} // namespace bridge::net
