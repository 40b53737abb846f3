import Foundation
import ReportSiteModel
import ReportSiteRender

extension Pipeline {
    /// What a run makes as soon as the site is read: the model and, for a build, the output transaction
    /// (which recovers what an earlier run left and makes the staging folder) with, into a fresh output, a
    /// background pass making its page folders (creating 100,000 folders is seconds of kernel work, done
    /// while the rest runs mostly on one core; docs/decisions.md, 37).
    struct RunStart: Sendable {
        /// nil when the run writes nothing (`check`).
        let transaction: Result<OutputTransaction, any Error>?
        /// The early folder pass; waited for before the transaction is committed or abandoned.
        let early: DispatchGroup?
        let model: RenderModel

        init(site: Site, output: String?, context: BuildContext) {
            transaction = output.map { output in Result { try OutputTransaction(output: output) } }
            if case .success(let t)? = transaction {
                early = t.fresh ? t.folders.makeInBackground(FolderMaker.pageFolders(of: site)) : nil
                t.listInBackground()
            } else {
                early = nil
            }
            model = Timings.measure("model (rankings)") { RenderModel(site: site, context: context) }
        }

        /// Abandons the transaction of a run that will not go on.
        func discard() {
            early?.wait()
            if case .success(let t)? = transaction { t.abandon() }
        }
    }
}
