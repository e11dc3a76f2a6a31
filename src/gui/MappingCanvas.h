// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QGraphicsView>
#include <QList>
#include <QString>
#include <QTreeWidget>

class QGraphicsScene;

namespace bridge::gui {

/// One side of the Mappings page: the payment's fields (drag from them) or SYSPRO's fields
/// (drop onto them). A drop goes through QTreeWidget::dropMimeData, which emits fieldDropped.
class MappingFieldTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Side { Source, Target };
    /// The source field's path, in a drag.
    static const QString MimeType;
    /// Source items: the field's path; target items: the connection key (empty on groups).
    static constexpr int KeyRole = Qt::UserRole;

    explicit MappingFieldTree(Side side, QWidget* parent = nullptr);
    [[nodiscard]] Side side() const { return m_side; }
    /// The rows' centres as the canvas needs them: the item's row, or the nearest visible
    /// ancestor's while it is collapsed; clamped to the viewport's edges when scrolled away.
    [[nodiscard]] int rowCentreY(QTreeWidgetItem* item, QWidget* relativeTo, bool* shown = nullptr) const;

Q_SIGNALS:
    void fieldDropped(const QString& sourcePath, QTreeWidgetItem* target);

protected:
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
    bool dropMimeData(QTreeWidgetItem* parent, int index, const QMimeData* data, Qt::DropAction action) override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;

private:
    Side m_side;
};

/// Between the two trees: each connection as a curve from its source row to its target row.
/// Curves are selectable (click, or select the SYSPRO field); the page redraws them whenever
/// a tree scrolls, expands, collapses or zooms.
class MappingCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    struct Curve {
        QString key;
        int sourceY = 0;
        int targetY = 0;
        bool problem = false;
        bool offScreen = false; ///< an end is scrolled away or folded: drawn faint
        QString toolTip;
    };

    explicit MappingCanvas(QWidget* parent = nullptr);
    void setCurves(const QList<Curve>& curves, const QString& selectedKey);
    [[nodiscard]] int curveCount() const { return int(m_curves.size()); }
    [[nodiscard]] const QList<Curve>& curves() const { return m_curves; }
    [[nodiscard]] QString selectedKey() const { return m_selected; }

Q_SIGNALS:
    void curveClicked(const QString& key);
    void resized();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void redraw();

    QGraphicsScene* m_scene;
    QList<Curve> m_curves;
    QString m_selected;
};

} // namespace bridge::gui
