// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Permissions.h"

#include <QTest>

using namespace bridge;

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleIdsRoundTrip()
    {
        for (Role r : Permissions::allRoles()) {
            QCOMPARE(Permissions::roleFromId(Permissions::roleId(r)), std::optional<Role>(r));
            QVERIFY(!Permissions::roleDisplayName(r).isEmpty());
            QVERIFY(!Permissions::roleDescription(r).isEmpty());
        }
        QVERIFY(!Permissions::roleFromId(QStringLiteral("root")));
    }

    void everyActionHasAPolicy()
    {
        for (int a = static_cast<int>(Action::ViewData); a <= static_cast<int>(Action::ExportData); ++a) {
            const auto action = static_cast<Action>(a);
            QVERIFY2(!Permissions::rolesFor(action).isEmpty(), qPrintable(QString::number(a)));
            QVERIFY(!Permissions::actionDisplayName(action).isEmpty());
        }
    }

    void viewerCanOnlyLook()
    {
        const RoleSet viewer{Role::Viewer};
        QVERIFY(Permissions::check(QStringLiteral("vic"), viewer, Action::ViewData));
        const auto refused = Permissions::check(QStringLiteral("vic"), viewer, Action::EditSettings);
        QVERIFY(!refused);
        QCOMPARE(refused.error().errorClass, ErrorClass::Security);
        QCOMPARE(refused.error().code, QStringLiteral("permission.denied"));
        // The message says who, what, which role is needed and where to get it.
        QVERIFY(refused.error().message.contains(QStringLiteral("vic")));
        QVERIFY(refused.error().message.contains(QStringLiteral("change settings")));
        QVERIFY(refused.error().message.contains(QStringLiteral("Administrator")));
        QVERIFY(refused.error().message.contains(QStringLiteral("Users page")));
    }

    void approvalsNeedTheApproverRole()
    {
        QVERIFY(!Permissions::check(QStringLiteral("ada"), RoleSet{Role::Admin}, Action::ApproveRefund));
        QVERIFY(!Permissions::check(QStringLiteral("pat"), RoleSet{Role::Preparer}, Action::ApproveRefund));
        QVERIFY(Permissions::check(QStringLiteral("sam"), RoleSet{Role::Approver}, Action::ApproveRefund));
        QVERIFY(Permissions::check(QStringLiteral("pat"), RoleSet{Role::Preparer}, Action::PrepareRefund));
    }

    void makerChecker()
    {
        const RoleSet both{Role::Preparer, Role::Approver};
        QVERIFY(Permissions::checkApproval(QStringLiteral("sam"), both, Action::ApproveRefund, QStringLiteral("pat")));
        const auto own =
            Permissions::checkApproval(QStringLiteral("sam"), both, Action::ApproveRefund, QStringLiteral("SAM"));
        QVERIFY(!own);
        QCOMPARE(own.error().code, QStringLiteral("permission.maker_checker"));
        QVERIFY(own.error().message.contains(QStringLiteral("Another approver")));
        // Without the role, the role error comes first.
        const auto noRole = Permissions::checkApproval(QStringLiteral("pat"), RoleSet{Role::Preparer},
                                                       Action::ApproveResolution, QStringLiteral("sam"));
        QCOMPARE(noRole.error().code, QStringLiteral("permission.denied"));
    }

    void roleSet()
    {
        RoleSet s;
        QVERIFY(s.isEmpty());
        s.add(Role::Approver);
        s.add(Role::Viewer);
        QCOMPARE(s.roles(), (QList<Role>{Role::Viewer, Role::Approver}));
        s.remove(Role::Viewer);
        QVERIFY(!s.has(Role::Viewer));
        QVERIFY(s == RoleSet{Role::Approver});
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
