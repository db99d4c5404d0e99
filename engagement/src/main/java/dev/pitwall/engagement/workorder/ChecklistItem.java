package dev.pitwall.engagement.workorder;

/** What an inspection looks at. Stored by name ({@code work_order_checklist_item.item}), so never rename one. */
public enum ChecklistItem {
    BRAKES, TYRES, FLUIDS, LIGHTS, BATTERY, WIPERS, SUSPENSION, STEERING, EXHAUST, BODYWORK
}
