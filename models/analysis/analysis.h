// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The public face of the risk analysis in one include: Analyzer and its results, the check
// catalogue, PolicyEvaluator, rule-set diffs and the reports.

#include "analysisreport.h"
#include "analysisresult.h"
#include "analyzer.h"
#include "checkinfo.h"
#include "decision.h"
#include "finding.h"
#include "policyevaluator.h"
#include "rulesetdiff.h"
#include "severity.h"
#include "severitytable.h"
#include "trafficquery.h"
