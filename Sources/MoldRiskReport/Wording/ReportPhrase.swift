/// The fixed words of the reports a person reads (headings, labels, column headers, legends),
/// keyed by message. Each `ReportStrings` language gives every one of them (an exhaustive
/// `switch`, so a new phrase cannot be forgotten in a language); sentences with figures in them
/// are the table's methods instead.
package enum ReportPhrase: CaseIterable, Sendable {
    // Document
    case banner, markdownTitle, continued, item, value
    // 1 Verdict
    case decisionLabel, cycleLabel, stockLabel, reasonLabel, precisionLabel, convergenceLabel, setOnCommandLine,
         seeInputsSection, firmMoldQuote, commitment, expectedProfit, probabilityOfLoss, valueAtRisk,
         conditionalValueAtRisk, probabilityLate, breakEven, cycleDifference, cycleColumn, expectedProfitColumn,
         breakEvenColumn, bestStockColumn, breakEvenNote, sell, marginalWarning, whatWouldChangeIt, lead,
         noFirmQuote, notSearched, judgedOnLabel, moldsLifeLabel, samplingLabel, correlationsLabel
    // 2 Risk profiles
    case mean, standardDeviation, standardErrorOfMean, valueAtRiskP5, conditionalValueAtRiskTail,
         probabilityOfLossInterval, figure, profit, p5Note, sellThroughTitle, sellThroughPercentiles, sCurveTitle,
         histogramTitle, histogramCaption, unitsToSell, moldCostAtZeroProfit, probabilityOfProfit, meanMoldCost,
         meanReworkCost, leadTimeTitle, readyPercentiles, commitmentBeforeWindow, readyChartTitle, late,
         stockCurveTitle, stockColumn, p5Column, p95Column, soldColumn, noteColumn, soldNote, markBest, markMax,
         markPlan, markGo, markClosest, goMarkNote, closestMarkNote
    // Sensitivity
    case sensitivityTitle, atP10, atP90, lossP10P90, eventsTitle, never, always, lossNeverAlways, inputColumn,
         swingColumn, rankColumn, eventsNote, tornadoTitle, eventGroupTitle
    // 3 Comparison
    case oneCycle, comparisonTitle, cyclesColumn, differenceColumn, intervalColumn, commonRandomNumbers
    // 3 Value of information
    case valueOfInformationTitle, evpiLabel, impressionsColumn, evsiColumn, evsiErrorColumn, listingCostColumn,
         netValueColumn, evsiNote, addListingTable, briefNote, impressionsSuffix, perImpression, valueOfInformationLabel
    // 4 Inputs
    case inputsTitle, keyColumn, valueColumn, distributionsNote, setNote, setMark, perUnitSold, perUnitMade,
         perUnitLeft, plannedUnits, unitsPerDay, noCapacity, conversionPosterior, unitYuan, unitDays, unitUnits,
         unitVisitors, visitorsSuffix, daysSuffix, unitsSuffix, thatIs, values, timesWeight
    // 5 Method
    case trials, seed, generator, chunks, standardErrors, standardErrorsText, percentiles, verdict, toChangeIt,
         reproducibility, reproducibilityText
    // SVG charts
    case noData, noTrialLost, chartSharePerBand, chartSharePerBandTitle, chartSharePerBandAxis, chartProfitAtMost, chartSCurveLegend, chartZeroProfit, chartExpectedProfit,
         chartShareOfTrials, chartProfitAxis, chartLossAxis, chartLossAboveAxis, chartExpectedProfitAxis, chartLossExceedanceTitle,
         chartLossExceedanceNote, chartProfitNote, chartLeadTimeTitle, chartReadyInTime, chartLateLegend,
         chartWindowOpensLegend, chartDaysAxis, chartLeadTimeNote, chartStockCurveTitle, chartStockSearchMarks, chartProfitUpper,
         chartLossLower, chartBestLegend, chartMaxLegend, chartPlanLegend, chartStockAxis, chartNoStockWithin,
         chartStockCurveNote, chartTornadoTitle, chartAtP10Legend, chartAtP90Legend, chartCentreLegend,
         chartEventHeading, chartTornadoNote, chartSwing, chartExpected,
         chartLifeStockCurveTitle, chartExpectedNPVAxis, chartNPVUpper, chartProfitAxisShort, chartNPVAxisShort, chartBestNPVLegend,
         chartStockCurveShortTitle, chartLifeStockCurveShortTitle
}
