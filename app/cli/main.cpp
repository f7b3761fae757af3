// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/cli.h"
#include "import/importer.h"
#include "import/pdf/pdfimporter.h"
#include "reportcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // The PDF report lays out text with Qt Gui's fonts, which needs a
    // QGuiApplication; the CLI never shows a window, so the offscreen platform
    // does. Every other command runs on a plain QCoreApplication.
    const bool needsGui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"Promissa"_s);
    QCoreApplication::setApplicationName(u"promissa-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROMISSA_VERSION));

    Promissa::setPdfImporter(&Promissa::importPdf);
    Promissa::addCommand(u"report"_s, u"a PDF report for a committee, plus CSV, JSON, iCalendar and Toezegging exports"_s, &Promissa::runReportCommand);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Promissa::runCli(QCoreApplication::arguments(), out, err);
}
