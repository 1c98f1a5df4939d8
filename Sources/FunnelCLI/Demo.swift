import ArgumentParser
extension Funnel { struct Demo: ParsableCommand {} }
