// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/EventLogPage.h"

#include "gui/LogTableModel.h"
#include "logging/Log.h"
#include "ui_EventLogPage.h"

#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace bridge::gui {

EventLogPage::EventLogPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventLogPage>())
    , m_model(new LogTableModel(log::ringBuffer(), this))
    , m_filter(new LogFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->logTableView->setModel(m_filter);
    QHeaderView* header = m_ui->logTableView->horizontalHeader();
    header->setSectionResizeMode(LogTableModel::TimeColumn, QHeaderView::ResizeToContents);
    // Wide enough for the widest level with its icon from the start: sized to the first rows
    // (all "Info"), the column cut a later "Warning" down to "…".
    int widestLevel =
        fontMetrics().horizontalAdvance(m_model->headerData(LogTableModel::LevelColumn, Qt::Horizontal).toString());
    for (const QString& label : LogTableModel::levelLabels()) {
        widestLevel = std::max(widestLevel, fontMetrics().horizontalAdvance(label));
    }
    header->setSectionResizeMode(LogTableModel::LevelColumn, QHeaderView::Interactive);
    header->resizeSection(LogTableModel::LevelColumn, style()->pixelMetric(QStyle::PM_SmallIconSize) + widestLevel +
                                                          3 * fontMetrics().averageCharWidth());
    header->setSectionResizeMode(LogTableModel::ComponentColumn, QHeaderView::ResizeToContents);
    m_ui->logTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    const QList<std::pair<QString, log::Level>> levels = {
        {tr("Debug and above"), log::Level::Debug},
        {tr("Info and above"), log::Level::Info},
        {tr("Warnings and errors"), log::Level::Warning},
        {tr("Errors only"), log::Level::Error},
    };
    for (const auto& [label, level] : levels) {
        m_ui->levelComboBox->addItem(label, static_cast<int>(level));
    }
    m_ui->levelComboBox->setCurrentIndex(1);
    m_filter->setMinimumLevel(log::Level::Info);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumLevel(static_cast<log::Level>(m_ui->levelComboBox->currentData().toInt()));
        updateCount();
    });
    refreshComponents();
    connect(m_model, &LogTableModel::componentsChanged, this, &EventLogPage::refreshComponents);
    connect(m_ui->componentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setComponent(m_ui->componentComboBox->currentData().toString());
        updateCount();
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_model->clearView();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        if (m_ui->followCheckBox->isChecked()) {
            m_ui->logTableView->scrollToBottom();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventLogPage::updateCount);
    updateCount();
}

EventLogPage::~EventLogPage() = default;

void EventLogPage::refreshComponents()
{
    const QString current = m_ui->componentComboBox->currentData().toString();
    const QSignalBlocker blocker(m_ui->componentComboBox);
    m_ui->componentComboBox->clear();
    m_ui->componentComboBox->addItem(tr("All components"), QString());
    for (const QString& component : m_model->components()) {
        m_ui->componentComboBox->addItem(component, component);
    }
    const int index = m_ui->componentComboBox->findData(current);
    m_ui->componentComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

void EventLogPage::updateCount()
{
    const QString file = log::logFilePath();
    QString text = tr("Showing %1 of %2 entries.").arg(m_filter->rowCount()).arg(m_model->rowCount());
    if (!file.isEmpty()) {
        text += QLatin1Char(' ') + tr("Full log: %1").arg(QDir::toNativeSeparators(file));
    }
    m_ui->countLabel->setText(text);
}

} // namespace bridge::gui
