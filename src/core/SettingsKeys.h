// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Settings.h"

/// Every setting the bridge reads, with its default. Add keys here and nowhere else.
namespace bridge::SettingKeys {

// Console
inline const SettingKey<QString> Language{"ui/language", QStringLiteral("system")}; // "system", "en", "de"
inline const SettingKey<QByteArray> MainWindowGeometry{"ui/mainWindowGeometry", {}};
inline const SettingKey<QByteArray> MainWindowState{"ui/mainWindowState", {}};
inline const SettingKey<QString> CurrentPage{"ui/currentPage", {}};

// Database: empty means the SQLite file in the application-data folder.
inline const SettingKey<QString> DatabaseUrl{"database/url", {}};

// Opayo
inline const SettingKey<QString> OpayoEnvironment{"opayo/environment", QStringLiteral("test")}; // test, live, custom
inline const SettingKey<QString> OpayoBaseUrl{"opayo/baseUrl",
                                              QStringLiteral("https://sandbox.opayo.eu.elavon.com/api/v1")};
inline const SettingKey<QString> OpayoVendorName{"opayo/vendorName", {}};
inline const SettingKey<QString> OpayoIntegrationKeyRef{"opayo/integrationKeyRef", {}};
inline const SettingKey<QString> OpayoIntegrationPasswordRef{"opayo/integrationPasswordRef", {}};
// Reporting & Admin API: its own MyOpayo user (with API rights) and password, both secrets.
inline const SettingKey<QString> OpayoReportingUrl{
    "opayo/reportingUrl", QStringLiteral("https://sandbox.opayo.eu.elavon.com/access/access.htm")};
inline const SettingKey<QString> OpayoReportingUserRef{"opayo/reportingUserRef", {}};
inline const SettingKey<QString> OpayoReportingPasswordRef{"opayo/reportingPasswordRef", {}};

// SYSPRO e.net REST
inline const SettingKey<QString> SysproBaseUrl{"syspro/baseUrl",
                                               QStringLiteral("http://localhost:31002/SYSPROWCFService/Rest")};
inline const SettingKey<QString> SysproOperator{"syspro/operator", {}};
inline const SettingKey<QString> SysproCompanyId{"syspro/companyId", {}};
inline const SettingKey<QString> SysproOperatorPasswordRef{"syspro/operatorPasswordRef", {}};
inline const SettingKey<QString> SysproCompanyPasswordRef{"syspro/companyPasswordRef", {}};
// What happens to a card receipt when ARSTPY is not licensed: "none" (stop with an error),
// "exportFile" (append to an AR-receipts file for manual import), "glJournal" (post GENTJL).
inline const SettingKey<QString> SysproReceiptFallback{"syspro/receiptFallback", QStringLiteral("none")};
inline const SettingKey<QString> SysproReceiptExportFolder{"syspro/receiptExportFolder", {}};
inline const SettingKey<QString> SysproBankLedgerCode{"syspro/bankLedgerCode", {}};
inline const SettingKey<QString> SysproArControlLedgerCode{"syspro/arControlLedgerCode", {}};

// Settlement intake (src/settlement; docs/architecture.md, "Settlement intake"). The CSV layout
// names only what differs from the default (see SettlementCsvLayout); the folder is imported by
// `bridge-cli reconcile`; the SFTP server's key is checked against sftpKnownHost (one known_hosts
// line), and the private key or password is a keychain reference ("keychain:scope#name").
inline const SettingKey<QString> SettlementCsvColumns{"settlement/csvColumns", {}};
inline const SettingKey<QString> SettlementFolder{"settlement/folder", {}};
inline const SettingKey<QString> SettlementSftpHost{"settlement/sftpHost", {}};
inline const SettingKey<int> SettlementSftpPort{"settlement/sftpPort", 22};
inline const SettingKey<QString> SettlementSftpUser{"settlement/sftpUser", {}};
inline const SettingKey<QString> SettlementSftpDirectory{"settlement/sftpDirectory", QStringLiteral(".")};
inline const SettingKey<QString> SettlementSftpPattern{"settlement/sftpPattern", QStringLiteral("*.csv")};
inline const SettingKey<QString> SettlementSftpKnownHost{"settlement/sftpKnownHost", {}};
inline const SettingKey<QString> SettlementSftpKeyRef{"settlement/sftpKeyRef", {}};
inline const SettingKey<QString> SettlementSftpPasswordRef{"settlement/sftpPasswordRef", {}};
// The first day the Reporting API download fetches when no day was fetched yet (yyyy-MM-dd;
// empty: yesterday). Later runs carry on from the watermark "settlement.reporting.day".
inline const SettingKey<QString> SettlementReportingFirstDay{"settlement/reportingFirstDay", {}};

// Chargebacks (store::Chargebacks). A lost chargeback posts an ARSTIN debit note (product class
// below) and, when there is a fee, a GENTJL journal: debit the fee ledger, credit the bank ledger.
// The defaults are the SYSPRO sandbox's "Card processing fees" and "Bank current account".
// The CSV layout maps our fields to an acquirer file's column names ("amount=Dispute Amount;
// acquirerReference=Case ID; delimiter=semicolon; dateFormat=dd/MM/yyyy"); see ChargebackCsv.
inline const SettingKey<QString> ChargebackFeeLedgerCode{"chargebacks/feeLedgerCode", QStringLiteral("7900")};
inline const SettingKey<QString> ChargebackBankLedgerCode{"chargebacks/bankLedgerCode", QStringLiteral("1000")};
inline const SettingKey<QString> ChargebackProductClass{"chargebacks/productClass", QStringLiteral("GEN")};
inline const SettingKey<QString> ChargebackCsvColumns{"chargebacks/csvColumns", {}};
inline const SettingKey<QString> ChargebackDefaultAcquirer{"chargebacks/defaultAcquirer", QStringLiteral("Opayo")};

// Reconciliation resolutions (store::Resolutions): the ledgers their journals post to (a batch's
// settlement journal: debit bank, fees and chargebacks, credit card clearing), and, for a missing
// receipt or credit note the bridge builds from its ledger, the receiving bank and product class.
// The defaults are the SYSPRO sandbox's codes.
inline const SettingKey<QString> ReconcileBankLedgerCode{"reconcile/bankLedgerCode", QStringLiteral("1000")};
inline const SettingKey<QString> ReconcileReceivablesLedgerCode{"reconcile/receivablesLedgerCode",
                                                                QStringLiteral("1100")};
inline const SettingKey<QString> ReconcileClearingLedgerCode{"reconcile/clearingLedgerCode", QStringLiteral("1200")};
inline const SettingKey<QString> ReconcileFeeLedgerCode{"reconcile/feeLedgerCode", QStringLiteral("7900")};
inline const SettingKey<QString> ReconcileChargebackLedgerCode{"reconcile/chargebackLedgerCode",
                                                               QStringLiteral("1100")};
inline const SettingKey<QString> ReconcileDifferenceLedgerCode{"reconcile/differenceLedgerCode",
                                                               QStringLiteral("7900")};
inline const SettingKey<QString> ReconcileReceiptBank{"reconcile/receiptBank", QStringLiteral("OPAYO")};
inline const SettingKey<QString> ReconcileProductClass{"reconcile/productClass", QStringLiteral("GEN")};

// Intake listener (Opayo notifications, the shop's signed events). Localhost unless configured.
inline const SettingKey<QString> IntakeAddress{"intake/address", QStringLiteral("127.0.0.1")};
inline const SettingKey<int> IntakePort{"intake/port", 8765};

// The sync engine. The Reporting API poller looks for payments the webhooks missed every
// pollSeconds (0: never), leaving the last graceSeconds to the webhooks.
inline const SettingKey<int> EngineReportingPollSeconds{"engine/reportingPollSeconds", 60};
inline const SettingKey<int> EngineReportingGraceSeconds{"engine/reportingGraceSeconds", 300};
// Where the bridge tells the shop what became of its payment events (signed like the shop's own
// events, with the shop's secret from the keychain); empty: no status updates.
inline const SettingKey<QString> ShopStatusUrl{"shop/statusUrl", {}};

// Refunds from the console: per currency, the largest refund one person may make without a second
// person's approval, e.g. "GBP 20.00, EUR 25" (store::RefundPolicy); empty: every refund needs an approver.
inline const SettingKey<QString> RefundSingleApproverLimits{"refunds/singleApproverLimits", {}};
// Logging
inline const SettingKey<QString> LogLevel{"log/level", QStringLiteral("info")};
inline const SettingKey<int> LogFileMaxKiB{"log/fileMaxKiB", 5 * 1024};
inline const SettingKey<int> LogFileCount{"log/fileCount", 5};

} // namespace bridge::SettingKeys
