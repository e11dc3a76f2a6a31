// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "mapping/MappingEvaluator.h"
#include "mapping/Schema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bridge::engine {

/// A problem the preview found, on one target field when it concerns one.
struct MappingProblem {
    enum class Kind {
        Invalid,           ///< the document does not load, or evaluation or the XmlIn failed
        TooLong,           ///< the value is longer than the SYSPRO field
        WrongType,         ///< e.g. text where SYSPRO wants a whole number or a date
        MissingMandatory,  ///< mapped, but empty for this sample
        UnmappedMandatory, ///< SYSPRO needs the field and nothing fills it
    };
    Kind kind = Kind::Invalid;
    QString targetId;   ///< "salesOrder"; empty when the problem concerns the whole document
    QString object;     ///< "SORTOI"
    QString field;      ///< as the document names it ("OrderHeader.Email"; line fields "StockLine.StockCode")
    QString message;    ///< plain language, translated
    int lineGroup = -1; ///< for a line field, the index of its line group in the target; else -1
};

struct PreviewResult {
    QString xmlIn; ///< every command's XmlIn, each after a comment naming it
    QList<mapping::MappedCommand> commands;
    QStringList documents; ///< each command's XmlIn on its own, in the order of `commands` (empty when it failed)
    QList<MappingProblem> problems;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

/// The Mappings page's live preview (issue #6): what a mapping document would post for one
/// sample payment, as `bridge-cli map` prints it, and the problems a finance admin should see
/// before it goes live: values too long or of the wrong type for their SYSPRO field, mandatory
/// fields empty or not mapped at all, and anything that stops the mapping. Pure and thread-safe
/// (the page runs it off the GUI thread).
class MappingPreview
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::MappingPreview)

public:
    /// `document`: the mapping as JSON (it may be incomplete: problems say what is wrong);
    /// `sample`: a canonical payment as JSON.
    static PreviewResult run(const QJsonObject& document, const QJsonObject& sample);
    /// A sample payment made of the source schema's sample values (one order line).
    static QJsonObject sampleFromSchema(const mapping::Schema& source);
    /// The schema of a business object, loaded once per process; nullptr when unknown.
    static const mapping::Schema* targetSchema(const QString& object);
};

} // namespace bridge::engine
