// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "logging/Log.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <spdlog/spdlog.h>

using namespace bridge;

Q_LOGGING_CATEGORY(lcTestNetwork, "bridge.test.network")

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringBufferKeepsTheNewest()
    {
        log::LogRingBuffer ring(3);
        for (int i = 0; i < 5; ++i) {
            ring.append(i, log::Level::Info, QStringLiteral("c"), QString::number(i));
        }
        const auto all = ring.since(0);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().message, QStringLiteral("2"));
        QCOMPARE(all.last().sequence, quint64(5));
        QCOMPARE(ring.dropped(), quint64(2));
        QCOMPARE(ring.since(4).size(), 1);
        QCOMPARE(ring.since(5).size(), 0);
        ring.setCapacity(1);
        QCOMPARE(ring.since(0).size(), 1);
    }

    void componentsLevelsAndFile()
    {
        QTemporaryDir dir;
        log::initialize({.directory = dir.path(), .level = log::Level::Debug});
        const quint64 mark = log::ringBuffer().lastSequence();
        log::get("store")->info("opened {}", "bridge.db");
        log::get("opayo")->warn("slow answer: {} ms", 812);
        log::get("store")->debug("detail");
        const auto entries = log::ringBuffer().since(mark);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).component, QStringLiteral("store"));
        QCOMPARE(entries.at(0).message, QStringLiteral("opened bridge.db"));
        QCOMPARE(entries.at(1).level, log::Level::Warning);
        QCOMPARE(entries.at(1).component, QStringLiteral("opayo"));
        spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
        QFile file(log::logFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[warning] [opayo]"));
        QVERIFY(text.contains("slow answer: 812 ms"));
        log::shutdown();
    }

    void qtMessagesAreForwarded()
    {
        log::initialize({.level = log::Level::Debug});
        const quint64 mark = log::ringBuffer().lastSequence();
        qWarning("plain warning");
        qCWarning(lcTestNetwork) << "category warning";
        const auto entries = log::ringBuffer().since(mark);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).component, QStringLiteral("qt"));
        QCOMPARE(entries.at(0).message, QStringLiteral("plain warning"));
        QCOMPARE(entries.at(1).component, QStringLiteral("bridge.test.network"));
        QCOMPARE(entries.at(1).level, log::Level::Warning);
        log::shutdown();
    }

    void levelThreshold()
    {
        log::initialize({.level = log::Level::Warning});
        const quint64 mark = log::ringBuffer().lastSequence();
        log::get("engine")->info("not recorded");
        log::get("engine")->error("recorded");
        const auto entries = log::ringBuffer().since(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().message, QStringLiteral("recorded"));
        QCOMPARE(log::levelFromName(QStringLiteral("WARNING")), std::optional<log::Level>(log::Level::Warning));
        QVERIFY(!log::levelFromName(QStringLiteral("loud")));
        log::shutdown();
    }

    void manyThreadsWrite()
    {
        log::initialize({.level = log::Level::Info, .ringCapacity = 100000});
        const quint64 mark = log::ringBuffer().lastSequence();
        QList<QThread*> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([t] {
                for (int i = 0; i < 1000; ++i) {
                    log::get("worker")->info("thread {} line {}", t, i);
                }
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        QCOMPARE(log::ringBuffer().since(mark).size(), 4000);
        log::shutdown();
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
