// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/StepEditor.h"

#include "mapping/MappingDiff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>

namespace bridge::gui {

namespace {

const QString kType = QStringLiteral("type");

QString valueText(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    if (v.isObject()) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/// What a person typed as a fixed value: text stays text; {…} is an amount or other JSON.
QJsonValue valueFromText(const QString& text)
{
    if (text.trimmed().startsWith(QLatin1Char('{'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject()) {
            return doc.object();
        }
    }
    return text;
}

QString conditionsText(const QJsonObject& when)
{
    QStringList parts;
    for (auto it = when.begin(); it != when.end(); ++it) {
        QStringList values;
        if (it.value().isArray()) {
            for (const QJsonValue& v : it.value().toArray()) {
                values.append(v.toString());
            }
        } else {
            values.append(it.value().toString());
        }
        parts.append(QStringLiteral("%1 = %2").arg(it.key(), values.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject conditionsFromText(const QString& text)
{
    QJsonObject when;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0) {
            continue;
        }
        const QString field = part.left(eq).trimmed();
        QJsonArray values;
        for (const QString& v : part.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            values.append(v.trimmed());
        }
        if (field.isEmpty()) {
            continue;
        }
        when.insert(field, values.size() == 1 ? values.first() : QJsonValue(values));
    }
    return when;
}

} // namespace

StepEditor::StepEditor(QWidget* parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

QString StepEditor::typeTitle(const QString& type)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("path"), QT_TR_NOOP("Read a payment field")},
        {QStringLiteral("constant"), QT_TR_NOOP("Fixed value")},
        {QStringLiteral("lookup"), QT_TR_NOOP("Look up in a table")},
        {QStringLiteral("currency"), QT_TR_NOOP("Convert currency")},
        {QStringLiteral("address"), QT_TR_NOOP("Standardise an address")},
        {QStringLiteral("glAccount"), QT_TR_NOOP("Choose a GL account by rules")},
        {QStringLiteral("concat"), QT_TR_NOOP("Join texts")},
        {QStringLiteral("formatDate"), QT_TR_NOOP("Format a date")},
        {QStringLiteral("substring"), QT_TR_NOOP("Part of the text")},
        {QStringLiteral("hashToLength"), QT_TR_NOOP("Shorten with hash")},
        {QStringLiteral("condition"), QT_TR_NOOP("Choose by a condition")},
        {QStringLiteral("default"), QT_TR_NOOP("Default when empty")},
        {QStringLiteral("upper"), QT_TR_NOOP("Upper case")},
        {QStringLiteral("lower"), QT_TR_NOOP("Lower case")},
        {QStringLiteral("trim"), QT_TR_NOOP("Trim spaces")},
        {QStringLiteral("negate"), QT_TR_NOOP("Change the sign")},
    };
    const char* title = titles.value(type);
    return title != nullptr ? tr(title) : type;
}

QJsonObject StepEditor::newStep(const QString& type, const QString& sourcePath)
{
    QJsonObject s{{kType, type}};
    if (type == QLatin1String("path")) {
        s.insert(QStringLiteral("path"), sourcePath.isEmpty() ? QStringLiteral("vendorTxCode") : sourcePath);
    } else if (type == QLatin1String("constant") || type == QLatin1String("default")) {
        s.insert(QStringLiteral("value"), QString());
    } else if (type == QLatin1String("lookup")) {
        s.insert(QStringLiteral("table"), QJsonObject{});
    } else if (type == QLatin1String("currency")) {
        s.insert(QStringLiteral("to"), QStringLiteral("GBP"));
        s.insert(QStringLiteral("date"), QStringLiteral("$.createdDate"));
        s.insert(QStringLiteral("rates"), QJsonArray{});
    } else if (type == QLatin1String("address")) {
        s.insert(QStringLiteral("from"), QStringLiteral("shippingAddress"));
        s.insert(QStringLiteral("lines"), QJsonArray{QStringLiteral("ShipAddress1"), QStringLiteral("ShipAddress2"),
                                                     QStringLiteral("ShipAddress3"), QStringLiteral("ShipAddress4"),
                                                     QStringLiteral("ShipAddress5")});
        s.insert(QStringLiteral("postalCode"), QStringLiteral("ShipPostalCode"));
        s.insert(QStringLiteral("lineLength"), 40);
        s.insert(QStringLiteral("case"), QStringLiteral("keep"));
    } else if (type == QLatin1String("glAccount")) {
        s.insert(QStringLiteral("rules"), QJsonArray{});
        s.insert(QStringLiteral("default"), QString());
    } else if (type == QLatin1String("concat")) {
        s.insert(QStringLiteral("separator"), QStringLiteral(" "));
        s.insert(QStringLiteral("parts"), QJsonArray{});
    } else if (type == QLatin1String("formatDate")) {
        s.insert(QStringLiteral("format"), QStringLiteral("yyyy-MM-dd"));
    } else if (type == QLatin1String("substring")) {
        s.insert(QStringLiteral("start"), 0);
        s.insert(QStringLiteral("length"), 30);
    } else if (type == QLatin1String("hashToLength")) {
        s.insert(QStringLiteral("length"), 30);
    } else if (type == QLatin1String("condition")) {
        s.insert(QStringLiteral("if"), QJsonObject{{QStringLiteral("path"), QStringLiteral("status")},
                                                   {QStringLiteral("op"), QStringLiteral("==")},
                                                   {QStringLiteral("value"), QStringLiteral("OK")}});
        s.insert(QStringLiteral("then"),
                 QJsonArray{QJsonObject{{kType, QStringLiteral("constant")}, {QStringLiteral("value"), QString()}}});
        s.insert(QStringLiteral("else"),
                 QJsonArray{QJsonObject{{kType, QStringLiteral("constant")}, {QStringLiteral("value"), QString()}}});
    }
    return s;
}

void StepEditor::clear()
{
    m_step = {};
    build();
}

void StepEditor::setStep(const QJsonObject& step, const QStringList& sourcePaths, bool readOnly)
{
    m_step = step;
    m_sourcePaths = sourcePaths;
    m_readOnly = readOnly;
    build();
}

void StepEditor::emitChange(const QJsonObject& step)
{
    if (step == m_step) {
        return;
    }
    m_step = step;
    Q_EMIT stepChanged(step);
}

QList<QStringList> StepEditor::rowsOf(const QTableWidget* table)
{
    QList<QStringList> rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        bool any = false;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem* item = table->item(r, c);
            row.append(item != nullptr ? item->text().trimmed() : QString());
            any = any || !row.last().isEmpty();
        }
        if (any) {
            rows.append(row);
        }
    }
    return rows;
}

QTableWidget* StepEditor::addTable(const QStringList& headers, const QList<QStringList>& rows,
                                   const QString& accessibleName)
{
    auto* table = new QTableWidget(int(rows.size()) + 1, int(headers.size()), this);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setAccessibleName(accessibleName);
    table->setMinimumHeight(120);
    table->setToolTip(tr("Type in the empty last row to add one; clear a row's cells to remove it."));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < headers.size(); ++c) {
            table->setItem(r, int(c), new QTableWidgetItem(rows[r].value(c)));
        }
    }
    if (m_readOnly) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_form->addRow(table);
    // Keep one empty row at the end to type into.
    connect(table, &QTableWidget::itemChanged, table, [table] {
        const int last = table->rowCount() - 1;
        bool lastUsed = false;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem* item = table->item(last, c);
            lastUsed = lastUsed || (item != nullptr && !item->text().trimmed().isEmpty());
        }
        if (lastUsed) {
            const QSignalBlocker block(table);
            table->insertRow(last + 1);
        }
    });
    return table;
}

void StepEditor::build()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_table = nullptr;
    const QString type = m_step.value(kType).toString();
    if (type.isEmpty()) {
        return;
    }
    auto addLine = [this](const QString& label, const QString& key, const QString& tip = {}) {
        auto* edit = new QLineEdit(valueText(m_step.value(key)), this);
        edit->setReadOnly(m_readOnly);
        edit->setAccessibleName(label);
        edit->setToolTip(tip);
        m_form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) {
            QJsonObject s = m_step;
            s.insert(key, valueFromText(text));
            emitChange(s);
        });
        return edit;
    };
    auto addPathPicker = [this](const QString& label, const QString& key, const QString& fallback = {}) {
        auto* combo = new QComboBox(this);
        combo->setEditable(true);
        combo->addItems(m_sourcePaths);
        combo->setCurrentText(m_step.value(key).toString(fallback));
        combo->setEnabled(!m_readOnly);
        combo->setAccessibleName(label);
        m_form->addRow(label, combo);
        connect(combo, &QComboBox::currentTextChanged, this, [this, key](const QString& text) {
            QJsonObject s = m_step;
            s.insert(key, text.trimmed());
            emitChange(s);
        });
        return combo;
    };
    auto addCheck = [this](const QString& label, const QString& key, bool fallback) {
        auto* box = new QCheckBox(label, this);
        box->setChecked(m_step.value(key).toBool(fallback));
        box->setEnabled(!m_readOnly);
        m_form->addRow(box);
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) {
            QJsonObject s = m_step;
            s.insert(key, on);
            emitChange(s);
        });
        return box;
    };
    auto addSpin = [this](const QString& label, const QString& key, int min, int max, int fallback, int shown = 0) {
        auto* spin = new QSpinBox(this);
        spin->setRange(min + shown, max + shown);
        spin->setValue(m_step.value(key).toInt(fallback) + shown);
        spin->setReadOnly(m_readOnly);
        spin->setAccessibleName(label);
        m_form->addRow(label, spin);
        connect(spin, &QSpinBox::valueChanged, this, [this, key, shown](int v) {
            QJsonObject s = m_step;
            s.insert(key, v - shown);
            emitChange(s);
        });
        return spin;
    };

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(typeTitle(type).toHtmlEscaped()), this);
    m_form->addRow(title);

    if (type == QLatin1String("path")) {
        addPathPicker(tr("Payment field:"), QStringLiteral("path"));
        addCheck(tr("It may be missing (then the value is empty)"), QStringLiteral("optional"), false);
    } else if (type == QLatin1String("constant")) {
        addLine(tr("Value:"), QStringLiteral("value"),
                tr("Text as it is; an amount as {\"minor\": 1050, \"currency\": \"GBP\"}."));
    } else if (type == QLatin1String("default")) {
        addLine(tr("Value when empty:"), QStringLiteral("value"));
    } else if (type == QLatin1String("lookup")) {
        QList<QStringList> rows;
        const QJsonObject table = m_step.value(QStringLiteral("table")).toObject();
        for (auto it = table.begin(); it != table.end(); ++it) {
            rows.append({it.key(), it.value().toString()});
        }
        m_form->addRow(new QLabel(tr("Each payment value and the SYSPRO value it becomes:"), this));
        QTableWidget* grid = addTable({tr("Payment value"), tr("SYSPRO value")}, rows, tr("Lookup table"));
        m_table = grid;
        connect(grid, &QTableWidget::itemChanged, this, [this, grid] {
            QJsonObject t;
            for (const QStringList& row : rowsOf(grid)) {
                if (!row.value(0).isEmpty()) {
                    t.insert(row.value(0), row.value(1));
                }
            }
            QJsonObject s = m_step;
            s.insert(QStringLiteral("table"), t);
            emitChange(s);
        });
        auto* otherwise = new QLineEdit(m_step.value(QStringLiteral("default")).toString(), this);
        otherwise->setPlaceholderText(tr("empty: an unknown value stops the payment with an error"));
        otherwise->setReadOnly(m_readOnly);
        otherwise->setAccessibleName(tr("Value for anything else"));
        m_form->addRow(tr("Anything else becomes:"), otherwise);
        connect(otherwise, &QLineEdit::textEdited, this, [this](const QString& text) {
            QJsonObject s = m_step;
            if (text.isEmpty()) {
                s.remove(QStringLiteral("default"));
            } else {
                s.insert(QStringLiteral("default"), text);
            }
            emitChange(s);
        });
        addCheck(tr("Upper and lower case must match exactly"), QStringLiteral("caseSensitive"), false);
    } else if (type == QLatin1String("currency")) {
        addLine(tr("Convert to (currency code):"), QStringLiteral("to"));
        addPathPicker(tr("Rate of the day of:"), QStringLiteral("date"), QStringLiteral("$.createdDate"));
        QList<QStringList> rows;
        for (const QJsonValue& r : m_step.value(QStringLiteral("rates")).toArray()) {
            const QJsonObject o = r.toObject();
            rows.append({o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString(),
                         o.value(QStringLiteral("rate")).toString(), o.value(QStringLiteral("effective")).toString()});
        }
        m_form->addRow(
            new QLabel(tr("Exchange rates (one unit of From is Rate units of To, from the date on):"), this));
        QTableWidget* grid =
            addTable({tr("From"), tr("To"), tr("Rate"), tr("Effective from")}, rows, tr("Exchange rate table"));
        m_table = grid;
        connect(grid, &QTableWidget::itemChanged, this, [this, grid] {
            QJsonArray rates;
            for (const QStringList& row : rowsOf(grid)) {
                rates.append(QJsonObject{{QStringLiteral("from"), row.value(0).toUpper()},
                                         {QStringLiteral("to"), row.value(1).toUpper()},
                                         {QStringLiteral("rate"), row.value(2)},
                                         {QStringLiteral("effective"), row.value(3)}});
            }
            QJsonObject s = m_step;
            s.insert(QStringLiteral("rates"), rates);
            emitChange(s);
        });
    } else if (type == QLatin1String("address")) {
        addPathPicker(tr("Address of the payment:"), QStringLiteral("from"), QStringLiteral("shippingAddress"));
        QStringList lines;
        for (const QJsonValue& l : m_step.value(QStringLiteral("lines")).toArray()) {
            lines.append(l.toString());
        }
        auto* linesEdit = new QLineEdit(lines.join(QStringLiteral(", ")), this);
        linesEdit->setReadOnly(m_readOnly);
        linesEdit->setAccessibleName(tr("SYSPRO address lines"));
        m_form->addRow(tr("Into the SYSPRO lines:"), linesEdit);
        connect(linesEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
            QJsonArray a;
            for (const QString& l : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                a.append(l.trimmed());
            }
            QJsonObject s = m_step;
            s.insert(QStringLiteral("lines"), a);
            emitChange(s);
        });
        addLine(tr("Postcode into:"), QStringLiteral("postalCode"));
        addSpin(tr("Characters per line:"), QStringLiteral("lineLength"), 10, 200, 40);
        auto* textCase = new QComboBox(this);
        textCase->addItem(tr("As written"), QStringLiteral("keep"));
        textCase->addItem(tr("UPPER CASE"), QStringLiteral("upper"));
        textCase->addItem(tr("Title Case"), QStringLiteral("title"));
        textCase->setCurrentIndex(
            std::max(0, textCase->findData(m_step.value(QStringLiteral("case")).toString(QStringLiteral("keep")))));
        textCase->setEnabled(!m_readOnly);
        m_form->addRow(tr("Letters:"), textCase);
        connect(textCase, &QComboBox::currentIndexChanged, this, [this, textCase] {
            QJsonObject s = m_step;
            s.insert(QStringLiteral("case"), textCase->currentData().toString());
            emitChange(s);
        });
        addCheck(tr("Format the postcode for its country"), QStringLiteral("formatPostcode"), true);
        addCheck(tr("Add the country as the last line"), QStringLiteral("countryLine"), false);
    } else if (type == QLatin1String("glAccount")) {
        QList<QStringList> rows;
        for (const QJsonValue& r : m_step.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject o = r.toObject();
            rows.append({conditionsText(o.value(QStringLiteral("when")).toObject()),
                         o.value(QStringLiteral("account")).toString()});
        }
        m_form->addRow(new QLabel(tr("The first rule that matches gives the account. A rule: field = value, "
                                     "other value; another field = value"),
                                  this));
        QTableWidget* grid = addTable({tr("When"), tr("Account")}, rows, tr("GL derivation rules"));
        m_table = grid;
        connect(grid, &QTableWidget::itemChanged, this, [this, grid] {
            QJsonArray rules;
            for (const QStringList& row : rowsOf(grid)) {
                rules.append(QJsonObject{{QStringLiteral("when"), conditionsFromText(row.value(0))},
                                         {QStringLiteral("account"), row.value(1)}});
            }
            QJsonObject s = m_step;
            s.insert(QStringLiteral("rules"), rules);
            emitChange(s);
        });
        addLine(tr("Otherwise the account:"), QStringLiteral("default"));
    } else if (type == QLatin1String("concat")) {
        addLine(tr("Between the parts:"), QStringLiteral("separator"));
        addCheck(tr("Leave out empty parts"), QStringLiteral("skipEmpty"), false);
        const QJsonArray parts = m_step.value(QStringLiteral("parts")).toArray();
        QList<QStringList> rows;
        for (const QJsonValue& p : parts) {
            if (p.isString()) {
                rows.append({QString(), p.toString()});
                continue;
            }
            const QJsonArray steps = p.toArray();
            if (steps.size() == 1 && steps.at(0).toObject().value(kType).toString() == QLatin1String("path")) {
                rows.append({steps.at(0).toObject().value(QStringLiteral("path")).toString(), QString()});
            } else {
                rows.append({QString(), QString(), mapping::MappingDiff::describeSteps(steps)});
            }
        }
        m_form->addRow(new QLabel(tr("Parts, in order: a payment field or a fixed text."), this));
        QTableWidget* grid =
            addTable({tr("Payment field"), tr("Fixed text"), tr("Made by steps")}, rows, tr("Parts to join"));
        m_table = grid;
        for (int r = 0; r < rows.size(); ++r) {
            if (!rows[r].value(2).isEmpty()) {
                for (int c = 0; c < 3; ++c) {
                    grid->item(r, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                }
            }
        }
        connect(grid, &QTableWidget::itemChanged, this, [this, grid, parts] {
            QJsonArray out;
            for (int r = 0; r < grid->rowCount(); ++r) {
                const QTableWidgetItem* made = grid->item(r, 2);
                if (made != nullptr && !made->text().isEmpty() && r < parts.size()) {
                    out.append(parts.at(r)); // kept as it is
                    continue;
                }
                const QString field = grid->item(r, 0) != nullptr ? grid->item(r, 0)->text().trimmed() : QString();
                const QString text = grid->item(r, 1) != nullptr ? grid->item(r, 1)->text() : QString();
                if (!field.isEmpty()) {
                    out.append(QJsonArray{QJsonObject{{kType, QStringLiteral("path")},
                                                      {QStringLiteral("path"), field},
                                                      {QStringLiteral("optional"), true}}});
                } else if (!text.isEmpty()) {
                    out.append(text);
                }
            }
            QJsonObject s = m_step;
            s.insert(QStringLiteral("parts"), out);
            emitChange(s);
        });
    } else if (type == QLatin1String("formatDate")) {
        auto* format = new QComboBox(this);
        format->setEditable(true);
        format->addItems({QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyyMMdd"),
                          QStringLiteral("dd.MM.yyyy")});
        format->setCurrentText(m_step.value(QStringLiteral("format")).toString());
        format->setEnabled(!m_readOnly);
        format->setAccessibleName(tr("Date format"));
        auto* example = new QLabel(this);
        auto showExample = [example](const QString& f) {
            example->setText(tr("21 November 2026 becomes %1").arg(QDate(2026, 11, 21).toString(f)));
        };
        showExample(format->currentText());
        m_form->addRow(tr("Format:"), format);
        m_form->addRow(example);
        connect(format, &QComboBox::currentTextChanged, this, [this, showExample](const QString& text) {
            showExample(text);
            QJsonObject s = m_step;
            s.insert(QStringLiteral("format"), text);
            emitChange(s);
        });
    } else if (type == QLatin1String("substring")) {
        addSpin(tr("From character:"), QStringLiteral("start"), 0, 1000, 0, 1);
        addSpin(tr("Number of characters:"), QStringLiteral("length"), 1, 1000, 30);
    } else if (type == QLatin1String("hashToLength")) {
        m_form->addRow(new QLabel(tr("A longer text keeps its start and ends with ~ and a short code made from "
                                     "the whole text, so that different texts stay different."),
                                  this));
        addSpin(tr("At most characters:"), QStringLiteral("length"), 12, 1000, 30);
    } else if (type == QLatin1String("condition")) {
        const QJsonObject cond = m_step.value(QStringLiteral("if")).toObject();
        const bool simple = cond.contains(QStringLiteral("path"));
        const auto single = [](const QJsonValue& v) {
            const QJsonArray a = v.toArray();
            return a.size() == 1 && a.at(0).toObject().value(kType).toString() == QLatin1String("constant");
        };
        if (simple && single(m_step.value(QStringLiteral("then"))) && single(m_step.value(QStringLiteral("else")))) {
            auto* path = new QComboBox(this);
            path->setEditable(true);
            path->addItems(m_sourcePaths);
            path->setCurrentText(cond.value(QStringLiteral("path")).toString());
            auto* op = new QComboBox(this);
            op->addItems({QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral("<="),
                          QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("empty"),
                          QStringLiteral("notEmpty")});
            op->setCurrentText(cond.value(QStringLiteral("op")).toString());
            auto* value = new QLineEdit(valueText(cond.value(QStringLiteral("value"))), this);
            auto* then = new QLineEdit(
                valueText(
                    m_step.value(QStringLiteral("then")).toArray().at(0).toObject().value(QStringLiteral("value"))),
                this);
            auto* otherwise = new QLineEdit(
                valueText(
                    m_step.value(QStringLiteral("else")).toArray().at(0).toObject().value(QStringLiteral("value"))),
                this);
            for (QWidget* w : {static_cast<QWidget*>(path), static_cast<QWidget*>(op)}) {
                w->setEnabled(!m_readOnly);
            }
            for (QLineEdit* e : {value, then, otherwise}) {
                e->setReadOnly(m_readOnly);
            }
            m_form->addRow(tr("If the payment field:"), path);
            m_form->addRow(tr("is:"), op);
            m_form->addRow(tr("this value:"), value);
            m_form->addRow(tr("then the value is:"), then);
            m_form->addRow(tr("otherwise:"), otherwise);
            auto update = [this, path, op, value, then, otherwise] {
                QJsonObject c{{QStringLiteral("path"), path->currentText().trimmed()},
                              {QStringLiteral("op"), op->currentText()}};
                const QString v = value->text();
                bool number = false;
                const qint64 n = v.toLongLong(&number);
                if (op->currentText() != QLatin1String("empty") && op->currentText() != QLatin1String("notEmpty")) {
                    c.insert(QStringLiteral("value"), number ? QJsonValue(n) : QJsonValue(v));
                }
                QJsonObject s = m_step;
                s.insert(QStringLiteral("if"), c);
                s.insert(QStringLiteral("then"),
                         QJsonArray{QJsonObject{{kType, QStringLiteral("constant")},
                                                {QStringLiteral("value"), valueFromText(then->text())}}});
                s.insert(QStringLiteral("else"),
                         QJsonArray{QJsonObject{{kType, QStringLiteral("constant")},
                                                {QStringLiteral("value"), valueFromText(otherwise->text())}}});
                emitChange(s);
            };
            connect(path, &QComboBox::currentTextChanged, this, update);
            connect(op, &QComboBox::currentTextChanged, this, update);
            for (QLineEdit* e : {value, then, otherwise}) {
                connect(e, &QLineEdit::textEdited, this, update);
            }
        } else {
            auto* text = new QLabel(mapping::MappingDiff::describeStep(m_step), this);
            text->setWordWrap(true);
            m_form->addRow(text);
            m_form->addRow(new QLabel(tr("This condition has several parts; change it in an exported file and "
                                         "import it again."),
                                      this));
        }
    } else if (type == QLatin1String("negate")) {
        auto* label = new QLabel(tr("Changes the sign of an amount or number: 10.50 becomes -10.50 and -10.50 "
                                    "becomes 10.50. In a GL journal a positive entry is a debit and a negative one a "
                                    "credit. This step has no settings."),
                                 this);
        label->setWordWrap(true);
        m_form->addRow(label);
    } else {
        m_form->addRow(new QLabel(tr("This step has no settings."), this));
    }
}

} // namespace bridge::gui
