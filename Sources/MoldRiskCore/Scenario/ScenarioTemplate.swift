/// The commented scenario `moldrisk new NAME` writes: a realistic rinse-cup case with both
/// demand forms (a demand range for the traditional cycle, platform signals for the data-driven
/// one), every key explained in plain words. Valid as it stands.
package enum ScenarioTemplate {
    /// The template with `name` as `scenario.name` (written as an escaped TOML string).
    package static func text(name: String) -> String {
        text(name: name, language: .en)
    }

    /// The template with its comments in `language`; the keys are the same in every language. The
    /// Chinese one also sets `scenario.lang = "zh"`, so its reports come out in Chinese.
    package static func text(name: String, language: ReportLanguage) -> String {
        switch language {
        case .en: english(name: name)
        case .zh: chinese(name: name)
        }
    }

    static func english(name: String) -> String {
        """
        # A moldrisk scenario: should the factory pay for this mold and produce this stock?
        # Run it with:  moldrisk run <this file>      Check it with:  moldrisk check <this file>
        #
        # Money is yuan, time is days, quantities are units (pieces).
        # A plain number is a fixed value (the same as { dist = "fixed", value = 45 }).
        # Where you are unsure, give a range instead:
        #   { dist = "triangular", min = 30, mode = 45, max = 75 }   lowest, most likely, highest
        #   { dist = "pert", min = 30, mode = 45, max = 75 }         the same, smoother (optional lambda = 4)
        #   { dist = "uniform", min = 20, max = 30 }                 anything in between, equally likely
        #   { dist = "normal", mean = 50, sd = 10 }                  bell curve
        #   { dist = "lognormal", median = 80_000, sigma = 0.6 }     skewed: now and then much more than usual
        #   { dist = "lognormal", p10 = 40_000, p90 = 160_000 }      the same, by its 1-in-10 low and 1-in-10 high
        #   { dist = "gamma", shape = 2, scale = 10 }                skewed, mean = shape × scale
        #   { dist = "beta", alpha = 2, beta = 5 }                   a share between 0 and 1
        #   { dist = "empirical", values = [70_000, 90_000, 120_000], weights = [1, 2, 1] }
        #                                                            past results, drawn again (weights optional)

        [scenario]
        name = \(TOMLQuoting.basicString(name))
        trials = 100_000          # how many possible futures to simulate (more: steadier figures, slower)
        seed = 1                  # same seed, same result; change it to check the figures are stable
        sampling = "random"       # or "latin_hypercube" / "sobol": tighter expected profits for the same trials
        # lang = "zh"             # the reports' language: "en" (English, the default) or "zh" (Chinese)

        [product]
        unit_price = 9.9          # yuan received per unit sold, after platform fees
        unit_cost = 2.6           # material, labour and packaging per unit produced
        salvage_value = 1.0       # yuan per unit left unsold after the season (negative if disposal costs money)
        stock = 100_000           # units produced before the sales window opens

        [mold]
        # What the mold costs and how long it takes to cut and calibrate.
        cost = { dist = "pert", min = 150_000, mode = 250_000, max = 800_000 }
        days = { dist = "uniform", min = 20, max = 30 }
        capacity_per_day = 20_000 # units per day once the mold runs (leave out: production takes no time)

        [window]                  # the sales event, e.g. Double 11
        season_days = 30          # how long the selling season lasts
        peak_share = 0.4          # share of the season's sales on the opening day, lost if the stock is late

        # Each [cycles.NAME] is one way of developing the product; they are compared on the same futures.
        # Names may be anything, Chinese included: [cycles."数据驱动"]. Reports call a cycle by its
        # label: one name (label = "Own design team") or one per language (label = { en = …, zh = … }).

        [cycles.traditional]      # months of research, then the mold
        label = { en = "Traditional development", zh = "传统开发" }
        commit_days_before_window = 100 # days before the window opens that the factory commits
        research_days = { dist = "triangular", min = 30, mode = 45, max = 75 } # design, samples, feedback
        rework_probability = 0.35 # chance of a style change or failed trial shot after the mold is cut
        rework_days = { dist = "triangular", min = 5, mode = 10, max = 25 }          # extra days if so
        rework_cost = { dist = "triangular", min = 20_000, mode = 50_000, max = 150_000 } # extra yuan if so
        fixed_cost = 0            # yuan this way of working costs besides the mold
        # Demand as a range of units the season could sell, judged from experience:
        demand = { units = { dist = "lognormal", median = 80_000, sigma = 0.6 }, drift_per_30_days = 0.15 }
        # drift_per_30_days: how fast the market moves away from what you knew when you committed
        # (0.15 = about 15 % either way per month); an older judgement is riskier.

        [cycles.data_driven]      # platform demand data, research cut to days
        label = { en = "Data-driven development", zh = "数据驱动开发" }
        commit_days_before_window = 60
        fixed_cost = 20_000       # the data service and quick samples
        research_days = { dist = "triangular", min = 4, mode = 7, max = 14 }
        mold_days = { dist = "uniform", min = 20, max = 30 } # mold work in this cycle (leave out: same as mold.days)
        rework_probability = 0.10
        rework_days = { dist = "triangular", min = 3, mode = 5, max = 10 }
        rework_cost = { dist = "triangular", min = 10_000, mode = 30_000, max = 80_000 }

        [cycles.data_driven.demand]
        # Demand from platform signals: the event's impressions of the listing, times the buying
        # rate a test listing showed (orders out of impressions). Both count the same thing: times
        # the listing is shown. For the event's, take the platform's forecast of impressions for
        # the listing during the event (its traffic tool or your account manager), or your test
        # listing's impressions a day × the event's days × the event's traffic multiple.
        # Not page visits: fewer people open a page than see it (the buying rate is per impression).
        event_impressions = { dist = "lognormal", median = 1_500_000, sigma = 0.25 } # also called visitors
        impressions = 20_000      # times the test listing was shown
        orders = 1_100            # orders it took
        prior_alpha = 1           # what you believed before the test, as pretend orders (1 and 1: no opinion)
        prior_beta = 1            # ... and pretend non-orders
        drift_per_30_days = 0.15

        [analysis]
        # Stock levels to compare (units); leave out for 25 % to 150 % of product.stock.
        stock_levels = [40_000, 60_000, 80_000, 100_000, 120_000, 150_000]
        # Stocks the decision searches for the best one (units, [min, max]); leave out for 5 % to 300 % of product.stock.
        stock_range = [5_000, 300_000]

        [decision]
        max_loss_probability = 0.20 # the largest chance of losing money you accept

        # Inputs that move together (optional): a Spearman rank correlation between two random
        # inputs, by key path, drawn so that each keeps its own distribution.
        # [[correlation]]
        # between = ["mold.cost", "cycles.traditional.research_days"]
        # rank = 0.6

        # What-ifs side by side (optional, repeatable): each runs on the same seed and trials as the
        # scenario and is reported beside it, with its difference to the scenario and a 95 % interval.
        # `set` takes key paths in quotes, as --set does (on the command line: --variant 'NAME: key=value; key=value').
        # [[variant]]
        # name = "quote 280k"
        # set = { "mold.cost" = 280_000, "product.stock" = 80_000 }

        # The mold's life: a mold is paid once and serves several seasons (or re-runs of the product).
        # Without [life] the whole mold is charged to one season. Remove the # signs to count its life;
        # the verdict then judges the net present value (NPV) of all the seasons together.
        # [life]
        # seasons = 4             # selling seasons the mold serves, this one included (1 to 40)
        # demand_change = { dist = "lognormal", median = 0.85, sigma = 0.2 } # a season's demand ÷ the season before
        # restock = "last_sold"   # "last_sold" (the default): make what sold last season; "same": the planned stock every season
        # maintenance_per_season = 5_000 # yuan a season from the second season on (upkeep, storage, repairs)
        # discount_per_season = 0.05     # what money later is worth less than money now, per season (0 to 1)
        # What a further test listing would be worth (optional; EVPI, the most any information can
        # be worth, is reported either way). Remove the # signs to price listings of these sizes.
        # [value_of_information]
        # listing_sizes = [2_000, 5_000, 20_000, 50_000]   # further impressions one could buy
        # cost_per_impression = 0.05                       # yuan per impression

        """
    }
}
