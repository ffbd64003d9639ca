package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.FunctionKind;
import org.profstd.model.LaborFunction;
import org.profstd.model.UnitKind;

/** A labor function being read. */
public final class FunctionDraft {
    public String name;
    public String code;
    public FunctionKind kind;
    public final List<UnitDraft> units = new ArrayList<>();

    public FunctionDraft(String name, FunctionKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public UnitDraft newUnit(UnitKind kind, String name) {
        UnitDraft u = new UnitDraft(kind, name);
        units.add(u);
        return u;
    }

    public UnitDraft lastUnit() {
        return units.isEmpty() ? null : units.get(units.size() - 1);
    }

    public LaborFunction build() {
        return new LaborFunction(name, code, kind, units.stream().map(UnitDraft::build).toList());
    }
}
