package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.ONE;

import io.taxstream.avro.DocType;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.Rule;
import io.taxstream.processors.validate.TradeRules;
import java.util.List;

/** CAPITAL_GAINS: realised gains from a broker, registrar or depository. */
final class CapitalGainsType implements DocumentType {

    @Override
    public DocType type() {
        return DocType.CAPITAL_GAINS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                ContractRules.identifiers(type()),
                ContractRules.itemsSum("capital_gains.stcg_sum", "trade", "gain", "term", "SHORT", "stcg_total", ONE),
                ContractRules.itemsSum("capital_gains.ltcg_sum", "trade", "gain", "term", "LONG", "ltcg_total", ONE),
                ContractRules.itemsSum("capital_gains.sale_sum", "trade", "sale_value", null, null, "total_sale_value", ONE),
                TradeRules.everyTradeComplete(),
                TradeRules.everyTotalHasTrades(),
                TradeRules.gainIsSaleMinusPurchase());
    }

    @Override
    public int contextTokens() {
        return 4096;
    }

    @Override
    public List<FieldRule> fieldRules() {
        return GainsFields.all();
    }

    @Override
    public List<String> otherLabels() {
        return GainsFields.OTHER_LABELS;
    }

    @Override
    public List<TableRule> tables() {
        return List.of(GainsTable.rule());
    }

    @Override
    public void complete(Draft draft) {
        GainsCompletion.complete(draft);
    }
}
