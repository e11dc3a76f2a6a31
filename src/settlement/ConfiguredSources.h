// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "settlement/ReconcileRunner.h"

#include <functional>

class QObject;

namespace bridge {
class Settings;
}
namespace bridge::credentials {
class CredentialStore;
}

namespace bridge::settlement {

/// The settlement sources the settings configure, for `bridge-cli reconcile` and the
/// Reconciliation page's "Run reconciliation now" alike (docs/architecture.md, "Settlement
/// intake"): the CSV layout (settlement/csvColumns), the folder (settlement/folder), the Reporting
/// API when its user is in the keychain (from the last day fetched, or settlement/reportingFirstDay,
/// when `catchUp`), and SFTP when a server is set (its key or password from the keychain).
/// `request` keeps its period, files and actor. The keychain is read asynchronously; `done` runs on
/// `context`'s thread, with a specific error for a layout that does not parse or an SFTP server
/// without a secret, never with a silently smaller request.
void completeFromSettings(ReconcileRequest request, bool catchUp, const Settings& settings,
                          credentials::CredentialStore& credentials, QObject* context,
                          std::function<void(Result<ReconcileRequest>)> done);

} // namespace bridge::settlement
