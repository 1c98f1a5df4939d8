import Pipeline

extension ColumnMapping {
    /// The deal fields the file has columns for, as a re-import weighs them: a field without a
    /// column says nothing, so Funnel's value stays. The creation time counts only on rows that give it.
    public var importedFields: ImportedFieldSet {
        var fields = ImportedFieldSet()
        for field in columns.keys {
            switch field {
            case .title: fields.insert(.title)
            case .value, .currency: fields.insert(.value)
            case .pipeline: fields.insert(.stage)
            case .stage:
                fields.insert(.stage)
                // HubSpot's "Closed Won" and "Closed Lost" are outcomes.
                fields.insert(.status)
            case .status: fields.insert(.status)
            case .lostReason: fields.insert(.lostReason)
            case .organization: fields.insert(.organization)
            case .person: fields.insert(.person)
            case .jobTitle: fields.insert(.jobTitle)
            case .email: fields.insert(.email)
            case .phone: fields.insert(.phone)
            case .source: fields.insert(.source)
            case .owner: fields.insert(.owner)
            case .temperature, .label: fields.insert(.temperature)
            case .budget: fields.insert(.budget)
            case .authority: fields.insert(.authority)
            case .need: fields.insert(.need)
            case .timing: fields.insert(.timing)
            case .priority: fields.insert(.priority)
            case .probability: fields.insert(.probability)
            case .expectedClose: fields.insert(.expectedClose)
            case .notes: fields.insert(.notes)
            case .createdAt: fields.insert(.createdAt)
            // Times that travel with the stage and the status, and what is no field of a deal.
            case .id, .temperatureSetByHand, .stageEnteredAt, .updatedAt, .closedAt: break
            }
        }
        return fields
    }
}
