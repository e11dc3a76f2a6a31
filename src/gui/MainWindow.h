// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class QComboBox;
class QLabel;

namespace bridge::gui {

class AppContext;

/// The console: navigation on the left, one page at a time, who is signed in and which database
/// is open in the status bar. Pages appear only when they have real content.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a page; its navigation entry gets Ctrl+<n> in order. `id` names it in the settings.
    void addPage(QWidget* page, const QString& id, const QString& title, const QIcon& icon);
    void showPage(const QString& id);
    [[nodiscard]] QWidget* page(const QString& id) const;
    [[nodiscard]] QStringList pageIds() const;
    [[nodiscard]] QString currentPageId() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void updateUser();
    void restoreState();
    void saveState();

    AppContext& m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QStringList m_pageIds;
    QLabel* m_userLabel = nullptr;
    QComboBox* m_userComboBox = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_demoLabel = nullptr;
};

} // namespace bridge::gui
