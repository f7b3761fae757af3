// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/cli.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Promissa"_s);
    QCoreApplication::setApplicationName(u"promissa-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROMISSA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Promissa::runCli(QCoreApplication::arguments(), out, err);
}
