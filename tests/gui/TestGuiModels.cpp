// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Every model of the console runs under QAbstractItemModelTester.
#include "GuiFixture.h"
#include "gui/AuditModel.h"
#include "gui/LogTableModel.h"
#include "gui/UsersModel.h"
#include "logging/LogRingBuffer.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace bridge;

class TestGuiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logModelStaysBoundedAndConsistent()
    {
        log::LogRingBuffer ring(1000);
        gui::LogTableModel model(ring, nullptr, 50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        gui::LogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 30; ++i) {
            ring.append(i, i % 3 == 0 ? log::Level::Warning : log::Level::Info,
                        i % 2 ? QStringLiteral("a") : QStringLiteral("b"), QStringLiteral("message %1").arg(i));
        }
        model.poll();
        QCOMPARE(model.rowCount(), 30);
        for (int i = 30; i < 130; ++i) {
            ring.append(i, log::Level::Info, QStringLiteral("c"), QStringLiteral("message %1").arg(i));
        }
        model.poll();
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(49, gui::LogTableModel::MessageColumn).data().toString(), QStringLiteral("message 129"));
        QCOMPARE(model.components(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        filter.setText(QStringLiteral("message 12"));
        QCOMPARE(filter.rowCount(), 10); // 120..129
        filter.setText({});
        filter.setMinimumLevel(log::Level::Warning);
        QCOMPARE(filter.rowCount(), 0); // the warnings were pushed out of the 50 newest
        model.clearView();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.index(0, 0).data().isNull());
    }

    void usersModel()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::UsersModel model(f.context());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.headerData(gui::UsersModel::FirstRoleColumn + int(Role::Approver), Qt::Horizontal).toString(),
                 QStringLiteral("Approver"));
        const QModelIndex vicViewer = model.index(4, gui::UsersModel::FirstRoleColumn + int(Role::Viewer));
        QVERIFY(model.flags(vicViewer) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(model.index(4, gui::UsersModel::FirstRoleColumn + int(Role::Operator)), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(
            model.index(4, gui::UsersModel::FirstRoleColumn + int(Role::Operator)).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));
        model.reload();
        // A non-administrator sees no checkable cells and cannot change roles.
        QVERIFY(f.context().switchUser(QStringLiteral("priya")));
        QVERIFY(!(model.flags(vicViewer) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(vicViewer, Qt::Unchecked, Qt::CheckStateRole));
    }

    void auditModel()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::AuditModel model(f.context().audit(), nullptr, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3); // a page, never the whole table
        const qint64 newest = model.index(0, gui::AuditModel::IdColumn).data().toLongLong();
        QVERIFY(f.context().audit().append(QStringLiteral("alex"), QStringLiteral("test.event"), QStringLiteral("x")));
        QVERIFY(model.reload());
        QCOMPARE(model.index(0, gui::AuditModel::IdColumn).data().toLongLong(), newest + 1);
        QCOMPARE(model.index(0, gui::AuditModel::ActionColumn).data().toString(), QStringLiteral("test.event"));
        model.setHighlightedRow(newest + 1);
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    }
};

QTEST_MAIN(TestGuiModels)
#include "TestGuiModels.moc"
