// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SysproSandbox.h"

#include "sandbox/syspro/SbPostings.h"
#include "sandbox/syspro/SbQueries.h"
#include "sandbox/syspro/SbSalesOrderImport.h"
#include "sandbox/syspro/SbXmlOut.h"

namespace bridge::sandbox::syspro {

namespace {

const QString kInvalidSession = QStringLiteral("ERROR: The supplied UserID is invalid.");

SandboxResponse body(const QByteArray& bytes)
{
    SandboxResponse r;
    r.status = 200;
    r.contentType = "application/octet-stream";
    r.headers.append(qMakePair(QByteArray("Server"), QByteArray("Microsoft-HTTPAPI/2.0")));
    r.body = bytes;
    return r;
}

SandboxResponse text(const QString& value)
{
    return body(SbXmlOut::toWindows1252(value));
}

/// Query parameters by case-insensitive name, decoded as .NET's WCF does: '+' is a space and
/// %XX sequences are UTF-8.
QString parameter(const SandboxRequest& request, const char* name)
{
    const QLatin1String wanted(name);
    const QByteArray raw = request.query.toString(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray& pair : raw.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        key.replace('+', ' ');
        if (QUrl::fromPercentEncoding(key).compare(wanted, Qt::CaseInsensitive) != 0) {
            continue;
        }
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        value.replace('+', ' ');
        return QUrl::fromPercentEncoding(value);
    }
    return {};
}

} // namespace

SysproSandbox::SysproSandbox(SysproSandboxConfig config, QObject* parent)
    : SandboxHttpServer(parent)
    , m_config(std::move(config))
    , m_company(SbCompany::seeded(m_config.seed, m_config.extraCustomers))
    , m_random(m_config.seed)
{
    m_company.companyId = m_config.companyId;
}

QString SysproSandbox::restUrl() const
{
    return baseUrl() + QStringLiteral("/SYSPROWCFService/Rest");
}

void SysproSandbox::evictOperator(const QString& operatorCode)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it.value().compare(operatorCode, Qt::CaseInsensitive) == 0) {
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
}

QString SysproSandbox::newToken()
{
    // SYSPRO 7 shape: 32 upper-case hex digits, "00", two spaces (36 characters).
    QString token;
    for (int i = 0; i < 2; ++i) {
        token += QString::number(m_random(), 16).rightJustified(16, QLatin1Char('0')).toUpper();
    }
    return token + QStringLiteral("00  ");
}

SandboxResponse SysproSandbox::handle(const SandboxRequest& request)
{
    const QString path = request.path;
    const QString prefix = QStringLiteral("/SYSPROWCFService/Rest/");
    if (!path.startsWith(prefix, Qt::CaseInsensitive)) {
        return SandboxResponse{404, "text/html", {{"Server", "Microsoft-HTTPAPI/2.0"}}, "<h1>Endpoint not found.</h1>"};
    }
    if (request.method != "GET") {
        return SandboxResponse{405, "text/html", {{"Server", "Microsoft-HTTPAPI/2.0"}}, "<h1>Method not allowed.</h1>"};
    }
    const QString route = path.mid(prefix.size()).toLower();
    if (route == QLatin1String("logon")) {
        return logon(request);
    }
    if (route == QLatin1String("logoff")) {
        return logoff(request);
    }
    if (route == QLatin1String("getversion")) {
        return text(m_config.version);
    }
    if (route == QLatin1String("getlogonprofile")) {
        return logonProfile(request);
    }
    static const QStringList boRoutes{QStringLiteral("query/query"),      QStringLiteral("query/fetch"),
                                      QStringLiteral("query/browse"),     QStringLiteral("setup/add"),
                                      QStringLiteral("setup/update"),     QStringLiteral("setup/delete"),
                                      QStringLiteral("transaction/post"), QStringLiteral("transaction/build")};
    if (boRoutes.contains(route)) {
        return businessObject(route, request);
    }
    return SandboxResponse{404, "text/html", {{"Server", "Microsoft-HTTPAPI/2.0"}}, "<h1>Endpoint not found.</h1>"};
}

SandboxResponse SysproSandbox::logon(const SandboxRequest& request)
{
    const QString op = parameter(request, "Operator");
    const QString password = parameter(request, "OperatorPassword");
    const QString company = parameter(request, "CompanyId");
    const QString companyPassword = parameter(request, "CompanyPassword");
    const SbOperator* found = nullptr;
    for (const SbOperator& o : m_config.operators) {
        if (o.code.compare(op, Qt::CaseInsensitive) == 0) {
            found = &o;
        }
    }
    if (!found) {
        return text(QStringLiteral("ERROR: Invalid operator '%1'").arg(op));
    }
    if (found->password != password) {
        return text(QStringLiteral("ERROR: Invalid operator password"));
    }
    if (company.compare(m_config.companyId, Qt::CaseInsensitive) != 0) {
        return text(QStringLiteral("ERROR: Invalid company '%1'").arg(company));
    }
    if (companyPassword != m_config.companyPassword) {
        return text(QStringLiteral("ERROR: Invalid company password"));
    }
    if (m_config.oneSessionPerOperator) {
        evictOperator(found->code);
    }
    const QString token = newToken();
    m_sessions.insert(token.trimmed(), found->code);
    return text(token);
}

SandboxResponse SysproSandbox::logoff(const SandboxRequest& request)
{
    const QString token = parameter(request, "UserId").trimmed();
    if (!m_sessions.remove(token)) {
        return text(kInvalidSession);
    }
    return text(QStringLiteral("0"));
}

SandboxResponse SysproSandbox::logonProfile(const SandboxRequest& request)
{
    const QString token = parameter(request, "UserId").trimmed();
    const auto it = m_sessions.constFind(token);
    if (it == m_sessions.constEnd()) {
        return text(kInvalidSession);
    }
    SbXmlOut out(m_config.version);
    out.open(QStringLiteral("LogonProfile"));
    out.leaf(QStringLiteral("CompanyName"), m_company.companyName);
    out.leaf(QStringLiteral("OperatorCode"), it.value());
    out.leaf(QStringLiteral("CompanyDate"), m_company.companyDate.toString(Qt::ISODate));
    out.leaf(QStringLiteral("DefaultWarehouse"), m_company.defaultWarehouse);
    out.leaf(QStringLiteral("LocalCurrencyCode"), QStringLiteral("GBP"));
    out.leaf(QStringLiteral("SysproVersion"), m_config.version);
    return body(out.finish());
}

SandboxResponse SysproSandbox::businessObject(const QString& route, const SandboxRequest& request)
{
    const QString token = parameter(request, "UserId").trimmed();
    if (m_config.evictEvery > 0 && m_sessions.contains(token) && (m_calls + 1) % quint64(m_config.evictEvery) == 0) {
        ++m_calls;
        m_sessions.remove(token); // someone logged on elsewhere with this operator
        return text(kInvalidSession);
    }
    if (!m_sessions.contains(token)) {
        return text(kInvalidSession);
    }
    ++m_calls;
    const QString bo = parameter(request, "BusinessObject").trimmed().toUpper();
    const bool needsBo = route != QLatin1String("query/fetch") && route != QLatin1String("query/browse");
    if (needsBo && !m_config.licensed.contains(bo)) {
        return text(QStringLiteral("ERROR: e.net exception 100000: Business object '%1' is not available or is not "
                                   "licensed for operator '%2'")
                        .arg(bo, m_sessions.value(token)));
    }
    QString error;
    const std::optional<SbXmlNode> xmlIn = SbXmlNode::parse(parameter(request, "XmlIn"), &error);
    if (!xmlIn) {
        return text(QStringLiteral("ERROR: XmlIn is not valid XML: %1").arg(error));
    }
    std::optional<SbXmlNode> parameters = SbXmlNode();
    const QString xmlParameters = parameter(request, "XmlParameters");
    if (!xmlParameters.trimmed().isEmpty()) {
        parameters = SbXmlNode::parse(xmlParameters, &error);
        if (!parameters) {
            return text(QStringLiteral("ERROR: XmlParameters is not valid XML: %1").arg(error));
        }
    }
    SbQueries queries(m_company, m_config.version);
    SbPostings postings(m_company, m_config.version);
    if (route == QLatin1String("query/query")) {
        if (bo == QLatin1String("COMFND")) {
            return body(queries.comfnd(*xmlIn));
        }
        if (bo == QLatin1String("INVQRY")) {
            return body(queries.invqry(*xmlIn));
        }
        if (bo == QLatin1String("SORQRY")) {
            return body(queries.sorqry(*xmlIn));
        }
        if (bo == QLatin1String("ARSQRY")) {
            return body(queries.arsqry(*xmlIn));
        }
    } else if (route == QLatin1String("transaction/post")) {
        if (bo == QLatin1String("SORTOI")) {
            return body(SbSalesOrderImport(m_company, m_config.version, m_config.cleanImportReturnsOrder)
                            .post(*parameters, *xmlIn));
        }
        if (bo == QLatin1String("ARSTPY")) {
            return body(postings.arstpy(*parameters, *xmlIn));
        }
        if (bo == QLatin1String("GENTJL")) {
            return body(postings.gentjl(*parameters, *xmlIn));
        }
        if (bo == QLatin1String("ARSTIN")) {
            return body(postings.arstin(*parameters, *xmlIn));
        }
        if (bo == QLatin1String("SORTCH")) {
            return body(postings.sortch(*parameters, *xmlIn));
        }
        if (bo == QLatin1String("SORTCL")) {
            return body(postings.sortcl(*parameters, *xmlIn));
        }
    } else if (route == QLatin1String("setup/add") || route == QLatin1String("setup/update")) {
        if (bo == QLatin1String("ARSSCS")) {
            return body(postings.arsscs(*parameters, *xmlIn, route == QLatin1String("setup/add")));
        }
    }
    return text(QStringLiteral("ERROR: Business object '%1' cannot be called through %2").arg(bo, route));
}

} // namespace bridge::sandbox::syspro
