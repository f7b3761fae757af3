// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/options.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Promissa
{

CommandLine::CommandLine(const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
}

std::optional<int> CommandLine::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    program = arguments.value(0);
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        // helpText() names the binary; show the command as typed instead.
        QString help = parser.helpText();
        help.replace(QRegularExpression(u"^Usage: \\S+"_s), u"Usage: "_s + program);
        out << help;
        return 0;
    }
    return std::nullopt;
}

int CommandLine::usageError(QTextStream &err, const QString &message) const
{
    err << program << ": " << message << "\nRun '" << program << " --help' for usage.\n";
    return 2;
}

} // namespace Promissa
