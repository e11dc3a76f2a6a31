// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MappingCanvas.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLineF>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainterPath>

#include <algorithm>

namespace bridge::gui {

const QString MappingFieldTree::MimeType = QStringLiteral("application/x-bridge-source-field");

MappingFieldTree::MappingFieldTree(Side side, QWidget* parent) : QTreeWidget(parent), m_side(side)
{
    setDragDropMode(side == Side::Source ? QAbstractItemView::DragOnly : QAbstractItemView::DropOnly);
    setDragEnabled(side == Side::Source);
    setAcceptDrops(side == Side::Target);
    setDropIndicatorShown(side == Side::Target);
    setDefaultDropAction(Qt::CopyAction);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
}

int MappingFieldTree::rowCentreY(QTreeWidgetItem* item, QWidget* relativeTo, bool* shown) const
{
    QTreeWidgetItem* row = item;
    for (QTreeWidgetItem* p = item->parent(); p != nullptr; p = p->parent()) {
        if (!p->isExpanded()) {
            row = p; // the outermost collapsed ancestor is the row that shows
        }
    }
    const QRect rect = visualItemRect(row);
    const QWidget* view = viewport();
    int y = rect.isValid() ? rect.center().y() : 0;
    if (shown != nullptr) {
        *shown = row == item && rect.isValid() && y >= 0 && y <= view->height();
    }
    y = std::clamp(y, 0, view->height());
    return view->mapTo(window(), QPoint(0, y)).y() - relativeTo->mapTo(window(), QPoint(0, 0)).y();
}

QStringList MappingFieldTree::mimeTypes() const
{
    return {MimeType};
}

QMimeData* MappingFieldTree::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (m_side != Side::Source || items.isEmpty()) {
        return nullptr;
    }
    const QString path = items.first()->data(0, KeyRole).toString();
    if (path.isEmpty()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(MimeType, path.toUtf8());
    data->setText(path);
    return data;
}

bool MappingFieldTree::dropMimeData(QTreeWidgetItem* parent, int /*index*/, const QMimeData* data,
                                    Qt::DropAction /*action*/)
{
    if (m_side != Side::Target || parent == nullptr || !data->hasFormat(MimeType) ||
        parent->data(0, KeyRole).toString().isEmpty()) {
        return false;
    }
    Q_EMIT fieldDropped(QString::fromUtf8(data->data(MimeType)), parent);
    return true;
}

Qt::DropActions MappingFieldTree::supportedDropActions() const
{
    return Qt::CopyAction;
}

MappingCanvas::MappingCanvas(QWidget* parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMinimumWidth(80);
    setFocusPolicy(Qt::NoFocus); // keyboard users select connections through the SYSPRO fields
    setAccessibleName(tr("Connections between payment fields and SYSPRO fields"));
}

void MappingCanvas::setCurves(const QList<Curve>& curves, const QString& selectedKey)
{
    m_curves = curves;
    m_selected = selectedKey;
    redraw();
}

void MappingCanvas::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    Q_EMIT resized();
}

void MappingCanvas::mousePressEvent(QMouseEvent* event)
{
    // The curve nearest the click, within a few pixels.
    const QPointF at = mapToScene(event->position().toPoint());
    QString best;
    qreal bestDistance = 6.0;
    for (QGraphicsItem* item : m_scene->items(QRectF(at - QPointF(6, 6), QSizeF(12, 12)))) {
        auto* path = qgraphicsitem_cast<QGraphicsPathItem*>(item);
        if (path == nullptr) {
            continue;
        }
        // Sample the curve: cheap and exact enough for a click.
        const QPainterPath& p = path->path();
        for (int i = 0; i <= 40; ++i) {
            const QPointF q = p.pointAtPercent(i / 40.0);
            const qreal d = QLineF(q, at).length();
            if (d < bestDistance) {
                bestDistance = d;
                best = path->data(0).toString();
            }
        }
    }
    if (!best.isEmpty()) {
        Q_EMIT curveClicked(best);
    }
    QGraphicsView::mousePressEvent(event);
}

void MappingCanvas::redraw()
{
    m_scene->clear();
    const QRectF area(0, 0, viewport()->width(), viewport()->height());
    m_scene->setSceneRect(area);
    const qreal w = area.width();
    // Unselected first, so the selected curve is drawn on top.
    QList<Curve> ordered = m_curves;
    std::stable_partition(ordered.begin(), ordered.end(), [this](const Curve& c) { return c.key != m_selected; });
    for (const Curve& c : ordered) {
        QPainterPath path(QPointF(0, c.sourceY));
        path.cubicTo(QPointF(w / 2, c.sourceY), QPointF(w / 2, c.targetY), QPointF(w, c.targetY));
        const bool selected = c.key == m_selected;
        QColor colour = c.problem ? QColor(0xc5, 0x30, 0x30) : QColor(0x2b, 0x6c, 0xb0);
        if (selected) {
            colour = QColor(0xdd, 0x6b, 0x20);
        } else if (c.offScreen) {
            colour.setAlpha(45); // its row is scrolled away: there, but out of the way
        }
        QPen pen(colour, selected ? 3.0 : 1.5);
        if (c.offScreen && !selected) {
            pen.setStyle(Qt::DashLine);
        }
        auto* item = m_scene->addPath(path, pen);
        item->setData(0, c.key);
        item->setToolTip(c.toolTip);
        m_scene->addEllipse(QRectF(-3, c.sourceY - 3, 6, 6), Qt::NoPen, colour);
        m_scene->addEllipse(QRectF(w - 3, c.targetY - 3, 6, 6), Qt::NoPen, colour);
    }
}

} // namespace bridge::gui
