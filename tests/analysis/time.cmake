# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
promissa_add_test(tst_eventcalendar LINK promissa_core)
promissa_add_test(tst_timeparser LINK promissa_core)
promissa_add_test(tst_letterdate LINK promissa_core)
