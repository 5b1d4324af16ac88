<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArbitrateDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="20"/>
        <source>Arbitrate a dispute</source>
        <translation>Arbitrer une contestation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="23"/>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="198"/>
        <source>Open or select a review whose feedback was disputed first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord une évaluation dont le retour a été contesté.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="28"/>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="203"/>
        <source>This review has no dispute waiting for arbitration.</source>
        <translation>Cette évaluation n&apos;a aucune contestation en attente d&apos;arbitrage.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="47"/>
        <source>The finding stands; the review did not change. {state}.</source>
        <translation>Le constat est maintenu&#xa0;; l&apos;évaluation n&apos;a pas changé. {state}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="48"/>
        <source>The review was re-scored: {band}. {state}.</source>
        <translation>L&apos;évaluation a été recalculée&#xa0;: {band}. {state}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="67"/>
        <source>Arbitrate a dispute — {case}</source>
        <translation>Arbitrer une contestation — {case}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="71"/>
        <source>The decision maker disputes {n} of the findings of {case}. Uphold the finding, overturn it (it becomes &apos;no error&apos;) or amend it, and say why: the reviewer and the decision maker see your reason on the re-issued feedback sheet.</source>
        <translation>Le décideur conteste {n} des constats de {case}. Maintenez le constat, annulez-le (il devient «&#xa0;aucune erreur&#xa0;») ou modifiez-le, et dites pourquoi&#xa0;: l&apos;évaluateur·rice et le décideur voient votre motif sur la fiche de retour réémise.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="79"/>
        <source>Disputed finding</source>
        <translation>Constat contesté</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="82"/>
        <source>The review as a whole</source>
        <translation>L&apos;évaluation dans son ensemble</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="83"/>
        <source>&amp;Disputed finding:</source>
        <translation>Constat &amp;contesté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="86"/>
        <source>Finding:</source>
        <translation>Constat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="89"/>
        <source>The decision maker&apos;s reason:</source>
        <translation>Le motif du décideur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="97"/>
        <source>The reviewer&apos;s evidence:</source>
        <translation>Les preuves de l&apos;évaluateur·rice&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="102"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="103"/>
        <source>Uphold: the finding stands</source>
        <translation>Maintenir&#xa0;: le constat reste</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="104"/>
        <source>Overturn: no error</source>
        <translation>Annuler&#xa0;: aucune erreur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="105"/>
        <source>Amend: a new severity</source>
        <translation>Modifier&#xa0;: une nouvelle gravité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="107"/>
        <source>D&amp;ecision:</source>
        <translation>D&amp;écision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="109"/>
        <source>New severity</source>
        <translation>Nouvelle gravité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="112"/>
        <source>New &amp;severity:</source>
        <translation>Nouvelle &amp;gravité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="114"/>
        <source>New comment on the finding</source>
        <translation>Nouveau commentaire sur le constat</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="115"/>
        <source>Leave empty to keep the reviewer&apos;s comment</source>
        <translation>Laissez vide pour garder le commentaire de l&apos;évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="116"/>
        <source>New &amp;comment:</source>
        <translation>Nouveau co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="118"/>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="119"/>
        <source>Why the finding is upheld, overturned or amended</source>
        <translation>Pourquoi le constat est maintenu, annulé ou modifié</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="120"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="128"/>
        <source>Record the &amp;arbitration</source>
        <translation>Enregistrer l&apos;&amp;arbitrage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="129"/>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="219"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="151"/>
        <source>(the review as a whole: it can only be upheld; arbitrate the findings to change it)</source>
        <translation>(l&apos;évaluation dans son ensemble&#xa0;: elle ne peut qu&apos;être maintenue&#xa0;; arbitrez les constats pour la changer)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="155"/>
        <source>none linked to this finding</source>
        <translation>aucune liée à ce constat</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="195"/>
        <source>Refer disputes to an arbitrator</source>
        <translation>Confier les contestations à un arbitre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="207"/>
        <source>No one here may arbitrate this review: an arbitrator is a technical specialist or a quality lead who is neither its reviewer nor its decision maker (add their profile first).</source>
        <translation>Personne ici ne peut arbitrer cette évaluation&#xa0;: un arbitre est un·e spécialiste technique ou responsable qualité qui n&apos;en est ni l&apos;évaluateur·rice ni le décideur (ajoutez d&apos;abord son profil).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="214"/>
        <source>Who arbitrates the {n} open disputes of {case}?</source>
        <translation>Qui arbitre les {n} contestations ouvertes de {case}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="218"/>
        <source>Refer</source>
        <translation>Confier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="226"/>
        <source>The disputes of {case} were referred to {who}.</source>
        <translation>Les contestations de {case} ont été confiées à {who}.</translation>
    </message>
</context>
<context>
    <name>BandChart</name>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="151"/>
        <source>Band distribution</source>
        <translation>Répartition par niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="157"/>
        <source>. Arrows choose a band, Enter lists its reviews.</source>
        <translation>. Les flèches choisissent un niveau, Entrée affiche ses évaluations.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="183"/>
        <source>{band} ({verdict}): {n} of {total} complete reviews ({pct}%)</source>
        <translation>{band} ({verdict})&#xa0;: {n} sur {total} évaluations terminées ({pct}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="186"/>
        <source>Click to list them.</source>
        <translation>Cliquez pour les afficher.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="203"/>
        <source>No complete reviews in this selection</source>
        <translation>Aucune évaluation terminée dans cette sélection</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../ui/batchpage.ui" line="8"/>
        <source>&amp;New batch…</source>
        <translation>&amp;Nouveau lot…</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="8"/>
        <source>Create an empty batch; add reviews to it from the review list</source>
        <translation>Créer un lot vide&#xa0;; y ajouter des évaluations depuis la liste des évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="9"/>
        <source>&amp;Sign off…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="9"/>
        <source>Sign the batch off: its reviews are then locked</source>
        <translation>Valider le lot&#xa0;: ses évaluations sont alors verrouillées</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="10"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="10"/>
        <source>Write the batch to an exchange workbook for central collation</source>
        <translation>Écrire le lot dans un classeur d&apos;échange pour la consolidation centrale</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="11"/>
        <source>Batch re&amp;port…</source>
        <translation>&amp;Rapport de lot…</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="11"/>
        <source>Write the batch&apos;s PDF report: bands, target, breakdowns, error themes and trend</source>
        <translation>Écrire le rapport PDF du lot&#xa0;: niveaux, objectif, ventilations, thèmes d&apos;erreurs et tendance</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="12"/>
        <source>&amp;Remove selected reviews</source>
        <translation>Re&amp;tirer les évaluations sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="12"/>
        <source>Take the selected reviews out of this batch (the reviews are kept)</source>
        <translation>Retirer de ce lot les évaluations sélectionnées (les évaluations sont conservées)</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="13"/>
        <source>&amp;Delete batch</source>
        <translation>&amp;Supprimer le lot</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="13"/>
        <source>Delete an unsigned batch; its reviews are kept</source>
        <translation>Supprimer un lot non validé&#xa0;; ses évaluations sont conservées</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="22"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="31"/>
        <source>Band distribution</source>
        <translation>Répartition par niveau</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="33"/>
        <source>Reviews in the batch</source>
        <translation>Évaluations du lot</translation>
    </message>
    <message>
        <location filename="../../ui/batchpage.ui" line="34"/>
        <source>Press Enter or double-click to open a review</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir une évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="85"/>
        <source>Signed off by {who} on {when} UTC; its reviews are locked.</source>
        <translation>Validé par {who} le {when} UTC&#xa0;; ses évaluations sont verrouillées.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="89"/>
        <source>Not signed off.</source>
        <translation>Non validé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="91"/>
        <source>No review in this batch yet. {state}</source>
        <translation>Aucune évaluation dans ce lot pour l&apos;instant. {state}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="93"/>
        <source>{reviews} reviews, {complete} complete. Satisfactory (QS1+QS2): &lt;b&gt;{n} of {total} ({pct}%)&lt;/b&gt;. {state}</source>
        <translation>{reviews} évaluations, dont {complete} terminées. Satisfaisantes (QS1+QS2)&#xa0;: &lt;b&gt;{n} sur {total} ({pct}&#xa0;%)&lt;/b&gt;. {state}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="162"/>
        <source>No batches yet</source>
        <translation>Aucun lot pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="163"/>
        <source>A batch groups reviews for sign-off and export, e.g. &lt;i&gt;Glasgow — routine sample — Oct 2025&lt;/i&gt;. Create one with &lt;b&gt;New batch&lt;/b&gt;, then select reviews in the review list and choose &lt;b&gt;Add to batch&lt;/b&gt;.</source>
        <translation>Un lot regroupe des évaluations pour leur validation et leur export, p. ex. &lt;i&gt;Glasgow — échantillon de routine — oct. 2025&lt;/i&gt;. Créez-en un avec &lt;b&gt;Nouveau lot&lt;/b&gt;, puis sélectionnez des évaluations dans la liste des évaluations et choisissez &lt;b&gt;Ajouter au lot&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="188"/>
        <source>1 sampled case not started yet: {cases}.</source>
        <translation>1 dossier échantillonné pas encore commencé : {cases}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="189"/>
        <source>{n} sampled cases not started yet: {cases}.</source>
        <translation>{n} dossiers échantillonnés pas encore commencés : {cases}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="190"/>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="191"/>
        <source>Start them from &lt;b&gt;Sampling ▸ Sampled cases…&lt;/b&gt;</source>
        <translation>Commencez-les depuis &lt;b&gt;Échantillonnage ▸ Dossiers échantillonnés…&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="200"/>
        <source>1 sampled case</source>
        <translation>1 dossier tiré</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="200"/>
        <source>{n} sampled cases</source>
        <translation>{n} dossiers tirés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="202"/>
        <source>{cases}: {pending} pending ({new} not started, {open} in progress), {done} reviewed, {skipped} skipped.</source>
        <translation>{cases}&#xa0;: {pending} en attente ({new} non commencés, {open} en cours), {done} évalués, {skipped} écartés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="208"/>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="212"/>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="209"/>
        <source>Name of the batch (e.g. &apos;Glasgow — routine sample — Oct 2025&apos;):</source>
        <translation>Nom du lot (p. ex. «&#xa0;Glasgow — échantillon de routine — oct. 2025&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="224"/>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="230"/>
        <source>Sign off batch</source>
        <translation>Valider le lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="225"/>
        <source>Sign off &apos;{name}&apos; ({n} reviews) as {who}?

Its reviews are then locked; reopening one needs a reason and unsigns the batch.</source>
        <translation>Valider «&#xa0;{name}&#xa0;» ({n} évaluations) en tant que {who}&#xa0;?

Ses évaluations sont alors verrouillées&#xa0;; en rouvrir une exige un motif et annule la validation du lot.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="240"/>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="244"/>
        <source>Delete batch</source>
        <translation>Supprimer le lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="241"/>
        <source>Delete the batch &apos;{name}&apos;? Its {n} reviews are kept, outside any batch.</source>
        <translation>Supprimer le lot «&#xa0;{name}&#xa0;»&#xa0;? Ses {n} évaluations sont conservées, hors de tout lot.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="259"/>
        <source>Batch report</source>
        <translation>Rapport de lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="262"/>
        <source>Writing the report of &apos;{name}&apos; ({n} reviews)</source>
        <translation>Rédaction du rapport de «&#xa0;{name}&#xa0;» ({n} évaluations)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="272"/>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="277"/>
        <source>Remove from batch</source>
        <translation>Retirer du lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="273"/>
        <source>Select the reviews to remove in the batch&apos;s list first (Ctrl+click or Shift+click for several).</source>
        <translation>Sélectionnez d&apos;abord les évaluations à retirer dans la liste du lot (Ctrl+clic ou Maj+clic pour plusieurs).</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="23"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="24"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="25"/>
        <source>Complete</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="26"/>
        <source>Satisfactory</source>
        <translation>Satisfaisantes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="27"/>
        <source>Signed off</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="60"/>
        <source>{n} of {total} ({pct}%)</source>
        <translation>{n} sur {total} ({pct}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/batch_page.py" line="63"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="58"/>
        <source>Mark as calibration case</source>
        <translation>Marquer comme cas d&apos;étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="61"/>
        <source>Open or select the review to use as a calibration case first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord l&apos;évaluation à utiliser comme cas d&apos;étalonnage.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="67"/>
        <source>Calibration {month} {year}</source>
        <translation>Étalonnage {month} {year}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="69"/>
        <source>The calibration round of this case (a new name starts a new round, dated today). The case will no longer count in QS figures.</source>
        <translation>La session d&apos;étalonnage de ce cas (un nouveau nom ouvre une nouvelle session, datée d&apos;aujourd&apos;hui). Le cas ne comptera plus dans les chiffres QS.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="77"/>
        <source>{case} is a calibration case in {round}</source>
        <translation>{case} est un cas d&apos;étalonnage de {round}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="86"/>
        <source>Open or select a calibration case (or its reference answer) first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord un cas d&apos;étalonnage (ou sa réponse de référence).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="96"/>
        <source>Record the reference answer</source>
        <translation>Enregistrer la réponse de référence</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="107"/>
        <source>Set the agreed findings and complete the review: that records the reference answer.</source>
        <translation>Saisissez les constats convenus et terminez l&apos;évaluation&#xa0;: cela enregistre la réponse de référence.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="120"/>
        <source>Start my calibration review</source>
        <translation>Commencer mon évaluation d&apos;étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="129"/>
        <source>There is no calibration case waiting for your review.</source>
        <translation>Aucun cas d&apos;étalonnage n&apos;attend votre évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="135"/>
        <source>The calibration case to review (blind: its reference and the other answers open when your review is complete).</source>
        <translation>Le cas d&apos;étalonnage à évaluer (à l&apos;aveugle&#xa0;: sa référence et les autres réponses s&apos;ouvrent quand votre évaluation est terminée).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="150"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="202"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="283"/>
        <source>Calibration report</source>
        <translation>Rapport d&apos;étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="164"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="236"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="165"/>
        <source>{case} ({round}): your band {band}, the reference&apos;s {ref} ({steps} steps apart); {matched} of {n} findings match the reference; criteria apart (steps): {apart}</source>
        <translation>{case} ({round})&#xa0;: votre niveau {band}, celui de la référence {ref} ({steps} crans d&apos;écart)&#xa0;; {matched} constats sur {n} concordent avec la référence&#xa0;; critères divergents (crans)&#xa0;: {apart}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="172"/>
        <source>Your calibration results:</source>
        <translation>Vos résultats d&apos;étalonnage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="206"/>
        <source>&lt;b&gt;{rounds} rounds, {cases} cases with a reference answer, {answers} complete calibration reviews&lt;/b&gt;</source>
        <translation>&lt;b&gt;{rounds} sessions, {cases} cas avec une réponse de référence, {answers} évaluations d&apos;étalonnage terminées&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="222"/>
        <source>&amp;Reviewers</source>
        <translation>É&amp;valuateur·rices</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="223"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="237"/>
        <source>Reviewer</source>
        <translation>Évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="223"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="240"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="223"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="238"/>
        <source>Findings matched</source>
        <translation>Constats concordants</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="223"/>
        <source>Kappa (95% CI)</source>
        <translation>Kappa (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="223"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="241"/>
        <source>AC1 (95% CI)</source>
        <translation>AC1 (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="224"/>
        <source>Bands matched</source>
        <translation>Niveaux concordants</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="225"/>
        <source>Cri&amp;teria</source>
        <translation>Cri&amp;tères</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="225"/>
        <source>Checklist</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="225"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="225"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="225"/>
        <source>Matched</source>
        <translation>Concordantes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="237"/>
        <source>Ca&amp;ses</source>
        <translation>Ca&amp;s</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="237"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="237"/>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="240"/>
        <source>Round</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="237"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="237"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="238"/>
        <source>Band steps apart</source>
        <translation>Écart de niveau (crans)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="238"/>
        <source>Criteria apart (steps)</source>
        <translation>Critères divergents (crans)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="240"/>
        <source>R&amp;ounds</source>
        <translation>Se&amp;ssions</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="240"/>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="240"/>
        <source>Reviewers</source>
        <translation>Évaluateur·rices</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="241"/>
        <source>Fleiss&apos; kappa (95% CI)</source>
        <translation>Kappa de Fleiss (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="247"/>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="250"/>
        <source>Write &amp;PDF…</source>
        <translation>Écrire le &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="285"/>
        <source>Writing the calibration report</source>
        <translation>Écriture du rapport d&apos;étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="25"/>
        <source>Ca&amp;libration</source>
        <translation>É&amp;talonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="29"/>
        <source>&amp;Mark as calibration case…</source>
        <translation>&amp;Marquer comme cas d&apos;étalonnage…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="30"/>
        <source>A quality lead marks the current review as a calibration case, in a round</source>
        <translation>Un·e responsable qualité marque l&apos;évaluation courante comme cas d&apos;étalonnage, dans une session</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="32"/>
        <source>Record the &amp;reference answer…</source>
        <translation>Enregistrer la réponse de &amp;référence…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="33"/>
        <source>A quality lead records the agreed findings of the current calibration case</source>
        <translation>Un·e responsable qualité enregistre les constats convenus du cas d&apos;étalonnage courant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="35"/>
        <source>&amp;Start my calibration review…</source>
        <translation>&amp;Commencer mon évaluation d&apos;étalonnage…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="36"/>
        <source>Review a calibration case blind; the reference opens when your review is complete</source>
        <translation>Évaluer un cas d&apos;étalonnage à l&apos;aveugle&#xa0;; la référence s&apos;ouvre quand votre évaluation est terminée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="38"/>
        <source>Calibration re&amp;port…</source>
        <translation>Ra&amp;pport d&apos;étalonnage…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_menu.py" line="39"/>
        <source>Reviewers against the reference answers: per criterion, per reviewer, across rounds</source>
        <translation>Les évaluateur·rices face aux réponses de référence&#xa0;: par critère, par évaluateur·rice, d&apos;une session à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="36"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="37"/>
        <source>First review</source>
        <translation>Première évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="38"/>
        <source>Second review</source>
        <translation>Seconde évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="39"/>
        <source>Apart</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="40"/>
        <source>Agreed finding</source>
        <translation>Constat concilié</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="41"/>
        <source>Note (needed for a change)</source>
        <translation>Remarque (requise en cas de changement)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="51"/>
        <source>Compare and agree — {case}</source>
        <translation>Comparer et concilier — {case}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="52"/>
        <source>Compare and agree</source>
        <translation>Comparer et concilier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="57"/>
        <source>&lt;b&gt;First review&lt;/b&gt; ({reviewer}): {reason}</source>
        <translation>&lt;b&gt;Première évaluation&lt;/b&gt; ({reviewer})&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="59"/>
        <source>&lt;b&gt;Second review&lt;/b&gt; ({reviewer}): {reason}</source>
        <translation>&lt;b&gt;Seconde évaluation&lt;/b&gt; ({reviewer})&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="61"/>
        <source>{n} of {total} criteria differ. Set the agreed finding for each; a change from the first review needs a note.</source>
        <translation>{n} critères sur {total} diffèrent. Fixez le constat concilié pour chacun&#xa0;; tout changement par rapport à la première évaluation exige une remarque.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="64"/>
        <source>Both bands</source>
        <translation>Les deux niveaux</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="68"/>
        <source>Criteria compared</source>
        <translation>Critères comparés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="79"/>
        <source>agree</source>
        <translation>concordent</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="79"/>
        <source>{n} step apart</source>
        <translation>{n} cran d&apos;écart</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="80"/>
        <source>{n} steps apart</source>
        <translation>{n} crans d&apos;écart</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="94"/>
        <source>Agreed finding for {criterion}</source>
        <translation>Constat concilié pour {criterion}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="102"/>
        <source>Why the agreed finding differs from the first review</source>
        <translation>Pourquoi le constat concilié diffère de la première évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="124"/>
        <source>&amp;Record the agreed result</source>
        <translation>&amp;Enregistrer le résultat concilié</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="126"/>
        <source>Alt+R or Ctrl+Return</source>
        <translation>Alt+E ou Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="153"/>
        <source>Record the agreed result</source>
        <translation>Enregistrer le résultat concilié</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/compare.py" line="162"/>
        <source>{finding}: {comment}</source>
        <translation>{finding}&#xa0;: {comment}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="376"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="382"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="382"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="382"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="383"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="383"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="383"/>
        <source>From file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="391"/>
        <source>Copies of reviews in conflict</source>
        <translation>Copies d&apos;évaluations en conflit</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="394"/>
        <source>&amp;Keep this copy…</source>
        <translation>&amp;Garder cette copie…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="399"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="417"/>
        <source>held now</source>
        <translation>retenue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="417"/>
        <source>diverged</source>
        <translation>divergente</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="424"/>
        <source>1 review has copies that each hold changes the other lacks. Choose the copy to keep; the other is kept aside, and your reason is recorded.</source>
        <translation>1 évaluation a des copies dont chacune contient des modifications absentes de l&apos;autre. Choisissez la copie à garder&#xa0;; l&apos;autre est mise de côté, et votre motif est enregistré.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="426"/>
        <source>{n} reviews have copies that each hold changes the other lacks. Choose the copy to keep for each; the others are kept aside, and your reason is recorded.</source>
        <translation>{n} évaluations ont des copies dont chacune contient des modifications absentes de l&apos;autre. Choisissez la copie à garder pour chacune&#xa0;; les autres sont mises de côté, et votre motif est enregistré.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="428"/>
        <source>No review has conflicting copies.</source>
        <translation>Aucune évaluation n&apos;a de copies en conflit.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="438"/>
        <source>Keep this copy</source>
        <translation>Garder cette copie</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="439"/>
        <source>Why keep revision {rev} from {file}?</source>
        <translation>Pourquoi garder la révision {rev} de {file}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="37"/>
        <source>Coverage and time spent</source>
        <translation>Couverture et temps passé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="39"/>
        <source>Routine sampling target: {d}% of decisions, {i}% of interviews; secondary assurance in each unit at least every {m} months · the dashboard&apos;s selection</source>
        <translation>Objectif d&apos;échantillonnage courant&#xa0;: {d}&#xa0;% des décisions, {i}&#xa0;% des entretiens&#xa0;; assurance secondaire dans chaque unité au moins tous les {m} mois · la sélection du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="50"/>
        <source>no population</source>
        <translation>pas de population</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="50"/>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="50"/>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="61"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="61"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="61"/>
        <source>Decisions made</source>
        <translation>Décisions rendues</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="61"/>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="62"/>
        <source>Routine</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="61"/>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="62"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="62"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="62"/>
        <source>Interviews made</source>
        <translation>Entretiens menés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="63"/>
        <source>Reviews done</source>
        <translation>Évaluations faites</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="63"/>
        <source>Secondary assurance</source>
        <translation>Assurance secondaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="67"/>
        <source>&amp;Coverage</source>
        <translation>&amp;Couverture</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="68"/>
        <source>By &amp;unit</source>
        <translation>Par &amp;unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="68"/>
        <source>By &amp;product</source>
        <translation>Par &amp;type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="69"/>
        <source>By &amp;reviewer</source>
        <translation>Par é&amp;valuateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="70"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="70"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="70"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="70"/>
        <source>Median per review</source>
        <translation>Médiane par évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="73"/>
        <source>Time spent {what}</source>
        <translation>Temps passé {what}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="78"/>
        <source>No secondary assurance completed since {since}: {n} of {total} units{list}.</source>
        <translation>Aucune assurance secondaire terminée depuis le {since}&#xa0;: {n} unités sur {total}{list}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="83"/>
        <source>Enter or double-click on a coverage row lists its reviews. </source>
        <translation>Entrée ou un double-clic sur une ligne de couverture affiche ses évaluations. </translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="89"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/coverage_dialog.py" line="135"/>
        <source>coverage, {unit}, {period}</source>
        <translation>couverture, {unit}, {period}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="79"/>
        <source>FY {years}</source>
        <translation>Exercice {years}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="105"/>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="106"/>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="114"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="115"/>
        <source>Checklist</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="116"/>
        <source>Minor</source>
        <translation>Mineures</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="117"/>
        <source>Significant</source>
        <translation>Importantes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="118"/>
        <source>Fail</source>
        <translation>Éliminatoires</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="119"/>
        <source>With an error</source>
        <translation>Avec une
erreur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="120"/>
        <source>Error rate</source>
        <translation>Taux
d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="121"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="122"/>
        <source>Complete</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="123"/>
        <source>Satisfactory</source>
        <translation>Satisfaisantes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="124"/>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="125"/>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="153"/>
        <source>Reviews with an error on the criterion, as a share of the reviews that assessed it</source>
        <translation>Évaluations avec une erreur sur le critère, en proportion des évaluations qui l&apos;ont évalué</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="199"/>
        <source>Target {pct}%</source>
        <translation>Objectif {pct}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="224"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="225"/>
        <source>Financial year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="226"/>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="230"/>
        <source>* the 95% interval contains the target: the data cannot tell whether it is met</source>
        <translation>* l&apos;intervalle à 95&#xa0;% contient l&apos;objectif&#xa0;: les données ne permettent pas de dire s&apos;il est atteint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="233"/>
        <source>Reviews not complete (or with no band yet): not counted</source>
        <translation>Évaluations non terminées (ou encore sans niveau)&#xa0;: non comptées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="240"/>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.ui" line="8"/>
        <source>Unit filter</source>
        <translation>Filtre par unité</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="8"/>
        <source>Count only reviews of one unit</source>
        <translation>Ne compter que les évaluations d&apos;une unité</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="9"/>
        <source>Product filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="9"/>
        <source>Count only interviews or only decisions</source>
        <translation>Ne compter que les entretiens ou que les décisions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="10"/>
        <source>Stream filter</source>
        <translation>Filtre par filière</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="10"/>
        <source>Count only reviews of one stream</source>
        <translation>Ne compter que les évaluations d&apos;une filière</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="11"/>
        <source>Reviewer filter</source>
        <translation>Filtre par évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="11"/>
        <source>Count only one reviewer&apos;s reviews</source>
        <translation>Ne compter que les évaluations d&apos;un·e évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="17"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="18"/>
        <location filename="../../ui/dashboard.ui" line="20"/>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="18"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="18"/>
        <source>Count only interviews or decisions on or after this date</source>
        <translation>Ne compter que les entretiens ou décisions à partir de cette date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="19"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="20"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="20"/>
        <source>Count only interviews or decisions on or before this date</source>
        <translation>Ne compter que les entretiens ou décisions jusqu&apos;à cette date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="21"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="23"/>
        <source>&amp;Period report…</source>
        <translation>Rapport de &amp;période…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="23"/>
        <source>Write a PDF report of the reviews these filters select</source>
        <translation>Écrire un rapport PDF des évaluations sélectionnées par ces filtres</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="34"/>
        <source>Satisfactory share</source>
        <translation>Part satisfaisante</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="39"/>
        <source>Satisfactory share (bar), its 95% interval (whisker) and the target (dashed line); click to list the satisfactory reviews</source>
        <translation>Part satisfaisante (barre), son intervalle à 95&#xa0;% (moustache) et l&apos;objectif (trait pointillé)&#xa0;; cliquez pour afficher les évaluations satisfaisantes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="52"/>
        <source>Quality bands</source>
        <translation>Niveaux de qualité</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="55"/>
        <source>Click a bar to list its reviews</source>
        <translation>Cliquez sur une barre pour afficher ses évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="60"/>
        <source>Satisfactory share by month</source>
        <translation>Part satisfaisante par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="63"/>
        <source>Click a month to list its reviews</source>
        <translation>Cliquez sur un mois pour afficher ses évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="72"/>
        <location filename="../../ui/dashboard.ui" line="75"/>
        <source>Top failing criteria</source>
        <translation>Critères les plus souvent en erreur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="76"/>
        <source>Criteria most often found in error. Click a number, or press Enter, to list the reviews behind it</source>
        <translation>Critères le plus souvent trouvés en erreur. Cliquez sur un nombre, ou appuyez sur Entrée, pour afficher les évaluations correspondantes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="87"/>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="598"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="90"/>
        <source>Figures by month</source>
        <translation>Chiffres par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="91"/>
        <source>Complete reviews, satisfactory share, 95% interval and target by month. Click a number, or press Enter, to list the reviews behind it</source>
        <translation>Évaluations terminées, part satisfaisante, intervalle à 95&#xa0;% et objectif par mois. Cliquez sur un nombre, ou appuyez sur Entrée, pour afficher les évaluations correspondantes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="98"/>
        <source>* The 95% interval contains the target: the data cannot tell whether it is met. Excluded: reviews not complete, not counted.</source>
        <translation>* L&apos;intervalle à 95&#xa0;% contient l&apos;objectif&#xa0;: les données ne permettent pas de dire s&apos;il est atteint. Exclues&#xa0;: évaluations non terminées, non comptées.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="300"/>
        <source>All products</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="302"/>
        <source>All streams</source>
        <translation>Toutes les filières</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="313"/>
        <source>Reviews counted</source>
        <translation>Évaluations comptées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="314"/>
        <source>Every review</source>
        <translation>Toutes les évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="315"/>
        <source>Approved at the centre</source>
        <translation>Approuvées au centre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="330"/>
        <source>Appeal o&amp;utcomes…</source>
        <translation>Iss&amp;ues des appels…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="332"/>
        <source>The share of these decisions overturned on appeal or withdrawn by PARU, by band and criterion</source>
        <translation>La part de ces décisions infirmées en appel ou retirées par la PARU, par niveau et par critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="336"/>
        <source>Co&amp;verage and time…</source>
        <translation>Cou&amp;verture et temps…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="338"/>
        <source>Reviews done against the sampling targets per unit and period, and the time spent on reviews</source>
        <translation>Les évaluations faites au regard des objectifs d&apos;échantillonnage par unité et période, et le temps passé sur les évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="343"/>
        <source>&amp;Disputes…</source>
        <translation>Con&amp;testations…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="345"/>
        <source>Findings disputed by the decision makers and how arbitration decided them, by criterion, reviewer and unit</source>
        <translation>Les constats contestés par les décideurs et comment l&apos;arbitrage les a tranchés, par critère, évaluateur·rice et unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="374"/>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="374"/>
        <source>by quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="375"/>
        <source>by financial year (April–March)</source>
        <translation>par exercice (avril–mars)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="376"/>
        <source>by rolling 12 months</source>
        <translation>par 12 mois glissants</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="379"/>
        <source>&amp;Group:</source>
        <translation>&amp;Regrouper&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="387"/>
        <source>Satisfactory (QS1+QS2) reviews</source>
        <translation>Évaluations satisfaisantes (QS1+QS2)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="406"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="407"/>
        <source>All reviewers</source>
        <translation>Tou·tes les évaluateur·rices</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="489"/>
        <source>Counting the error themes…</source>
        <translation>Décompte des thèmes d&apos;erreurs…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="532"/>
        <source>The error themes could not be counted ({error}).</source>
        <translation>Les thèmes d&apos;erreurs n&apos;ont pas pu être comptés ({error}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="538"/>
        <source>No complete reviews, so no errors to count.</source>
        <translation>Aucune évaluation terminée, donc aucune erreur à compter.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="540"/>
        <source>No errors were recorded in the {total} complete reviews.</source>
        <translation>Aucune erreur n&apos;a été relevée dans les {total} évaluations terminées.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="544"/>
        <source>{n} criteria with at least one error among the {total} complete reviews; most reviews with a significant or fail error first. Click a number to list its reviews.</source>
        <translation>{n} critères avec au moins une erreur parmi les {total} évaluations terminées&#xa0;; ceux qui comptent le plus d&apos;évaluations avec une erreur importante ou éliminatoire d&apos;abord. Cliquez sur un nombre pour afficher ses évaluations.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="558"/>
        <source>{n} not complete, not counted</source>
        <translation>{n} non terminées, non comptées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="559"/>
        <source>every review is complete</source>
        <translation>toutes les évaluations sont terminées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="562"/>
        <source>&lt;b&gt;No complete review matches these filters&lt;/b&gt;&lt;br&gt;{n} reviews selected; {excluded}.</source>
        <translation>&lt;b&gt;Aucune évaluation terminée ne correspond à ces filtres&lt;/b&gt;&lt;br&gt;{n} évaluations sélectionnées&#xa0;; {excluded}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="565"/>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="565"/>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="568"/>
        <source>Satisfactory (QS1+QS2): {n} of {total} ({pct}%)</source>
        <translation>Satisfaisantes (QS1+QS2)&#xa0;: {n} sur {total} ({pct}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="571"/>
        <source>95% interval {interval} · target {target}%: &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>Intervalle à 95&#xa0;% {interval} · objectif {target}&#xa0;%&#xa0;: &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="574"/>
        <source>{total} complete reviews counted; {excluded}.</source>
        <translation>{total} évaluations terminées comptées&#xa0;; {excluded}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="575"/>
        <source>Only reviews approved at the centre are counted.</source>
        <translation>Seules les évaluations approuvées au centre sont comptées.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="588"/>
        <source>{band} reviews</source>
        <translation>Évaluations {band}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="598"/>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="599"/>
        <source>By financial year</source>
        <translation>Par exercice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="599"/>
        <source>By rolling 12 months</source>
        <translation>Par 12 mois glissants</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="602"/>
        <source>all months</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="606"/>
        <source>Satisfactory reviews of {month}</source>
        <translation>Évaluations satisfaisantes de {month}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="609"/>
        <source>Reviews not complete of {month}</source>
        <translation>Évaluations non terminées de {month}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="611"/>
        <source>Complete reviews of {month}</source>
        <translation>Évaluations terminées de {month}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="628"/>
        <source>Reviews with a {severity} error on {product} criterion {criterion}</source>
        <translation>Évaluations avec une erreur {severity} sur le critère {criterion} ({product})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="631"/>
        <source>Reviews with an error on {product} criterion {criterion}</source>
        <translation>Évaluations avec une erreur sur le critère {criterion} ({product})</translation>
    </message>
</context>
<context>
    <name>DisputesDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="29"/>
        <source>Disputes of feedback</source>
        <translation>Contestations des retours</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="32"/>
        <source>&lt;b&gt;{disputed} of {issued} findings issued were disputed ({rate}); {changed} of the disputes overturned or amended ({change})&lt;/b&gt; · feedback issued on {reviews} reviews of the dashboard&apos;s selection, {replied} replied to; {whole} disputed as a whole</source>
        <translation>&lt;b&gt;{disputed} des {issued} constats communiqués ont été contestés ({rate})&#xa0;; {changed} des contestations ont abouti à une annulation ou une modification ({change})&lt;/b&gt; · retour communiqué sur {reviews} évaluations de la sélection du tableau de bord, {replied} avec réponse&#xa0;; {whole} contestées dans leur ensemble</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="40"/>
        <source>Findings issued</source>
        <translation>Constats communiqués</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="40"/>
        <source>Disputed</source>
        <translation>Contestés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="40"/>
        <source>Dispute rate</source>
        <translation>Taux de contestation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="40"/>
        <source>Upheld</source>
        <translation>Maintenus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="41"/>
        <source>Overturned</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="41"/>
        <source>Amended</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="41"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="41"/>
        <source>Changed (rate)</source>
        <translation>Changés (taux)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="43"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="43"/>
        <source>By &amp;criterion</source>
        <translation>Par &amp;critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="44"/>
        <source>Reviewer</source>
        <translation>Évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="44"/>
        <source>By &amp;reviewer</source>
        <translation>Par é&amp;valuateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="45"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="45"/>
        <source>By &amp;unit</source>
        <translation>Par &amp;unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="49"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="64"/>
        <source>Enter or double-click lists the reviews with a disputed finding in a row. </source>
        <translation>Entrée ou un double-clic affiche les évaluations ayant un constat contesté dans la ligne. </translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="91"/>
        <source>all disputes</source>
        <translation>toutes les contestations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/disputes_dialog.py" line="92"/>
        <source>disputed feedback, {what}</source>
        <translation>retours contestés, {what}</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../qpp_reviewer/qt/document_actions.py" line="23"/>
        <source>Open a review first: documents are attached to the review in the current tab.</source>
        <translation>Ouvrez d&apos;abord une évaluation&#xa0;: les documents sont joints à l&apos;évaluation de l&apos;onglet courant.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_actions.py" line="31"/>
        <source>Attach &amp;document…</source>
        <translation>Joindre un &amp;document…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_actions.py" line="33"/>
        <source>&amp;Find in document</source>
        <translation>Rec&amp;hercher dans le document</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_actions.py" line="35"/>
        <source>Attach selection as &amp;evidence</source>
        <translation>Joindre la sélection comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_actions.py" line="37"/>
        <source>&amp;Next pane (checklist, comment, document)</source>
        <translation>&amp;Volet suivant (grille, commentaire, document)</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="213"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="221"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="229"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="230"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="231"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="231"/>
        <source>Fit the page to the pane&apos;s width</source>
        <translation>Ajuster la page à la largeur du volet</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="241"/>
        <source>Find in the document (Ctrl+F)</source>
        <translation>Rechercher dans le document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="242"/>
        <source>Find in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="247"/>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="249"/>
        <source>Next hit (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="378"/>
        <source>No document attached: Review ▸ Attach document… opens the case&apos;s interview record or decision letter here.</source>
        <translation>Aucun document joint&#xa0;: Évaluation ▸ Joindre un document… ouvre ici le compte rendu d&apos;entretien ou la lettre de décision du dossier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="387"/>
        <source>of {n}</source>
        <translation>sur {n}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="451"/>
        <source>Page {page} cannot be shown: {problem}</source>
        <translation>La page {page} ne peut pas être affichée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="459"/>
        <source>Zoom in (Ctrl++); now {percent} %</source>
        <translation>Zoom avant (Ctrl++)&#xa0;; actuellement {percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="505"/>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="514"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="531"/>
        <source>{k} of {n}</source>
        <translation>{k} sur {n}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="536"/>
        <source>Found on p. {page}: Ctrl+Shift+E attaches this passage to the finding.</source>
        <translation>Trouvé p. {page}&#xa0;: Ctrl+Maj+E joint ce passage au constat.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="572"/>
        <source>Drag over a passage (or a box on a scanned page), or find it (Ctrl+F); Ctrl+Shift+E attaches it to the finding.</source>
        <translation>Faites glisser sur un passage (ou tracez un cadre sur une page numérisée), ou recherchez-le (Ctrl+F)&#xa0;; Ctrl+Maj+E le joint au constat.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="577"/>
        <source>Selected on p. {page}: “{quote}”</source>
        <translation>Sélectionné p. {page}&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="580"/>
        <source>Box selected on p. {page} (no text under it)</source>
        <translation>Cadre sélectionné p. {page} (sans texte dessous)</translation>
    </message>
</context>
<context>
    <name>EditorDocuments</name>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="618"/>
        <source>E&amp;vidence in the documents</source>
        <translation>Pre&amp;uves dans les documents</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="621"/>
        <source>Evidence in the documents</source>
        <translation>Preuves dans les documents</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="759"/>
        <source>Attach document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="763"/>
        <source>Case documents (*.pdf *.txt);;PDF files (*.pdf);;All files (*)</source>
        <translation>Documents du dossier (*.pdf *.txt);;Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="778"/>
        <source>Keep a copy of {name} in the review database as well?

With a copy, the document opens here even if the file is moved or deleted (the copy is encrypted with the database when the database is encrypted). Without one, only its name, SHA-256 and where it is are kept.</source>
        <translation>Garder aussi une copie de {name} dans la base des évaluations&#xa0;?

Avec une copie, le document s&apos;ouvre ici même si le fichier est déplacé ou supprimé (la copie est chiffrée avec la base quand la base est chiffrée). Sans copie, seuls son nom, son SHA-256 et son emplacement sont conservés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="794"/>
        <source>{name} attached ({pages}): drag over a passage, then Ctrl+Shift+E attaches it to the finding.</source>
        <translation>{name} joint ({pages})&#xa0;: faites glisser sur un passage, puis Ctrl+Maj+E le joint au constat.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="819"/>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="819"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="827"/>
        <source>Attach a document first (Review ▸ Attach document…).</source>
        <translation>Joignez d&apos;abord un document (Évaluation ▸ Joindre un document…).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="830"/>
        <source>Select a passage in the document first: drag over it (or draw a box on a scanned page).</source>
        <translation>Sélectionnez d&apos;abord un passage du document&#xa0;: faites glisser dessus (ou tracez un cadre sur une page numérisée).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="837"/>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="936"/>
        <source>This review is complete: reopen it to change findings.</source>
        <translation>Cette évaluation est terminée&#xa0;: rouvrez-la pour modifier les constats.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="842"/>
        <source>Attach evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="849"/>
        <source>Evidence on p. {page} attached to {criterion}.</source>
        <translation>Preuve de la p. {page} jointe à {criterion}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="855"/>
        <source>No document to search: attach one first (Review ▸ Attach document…).</source>
        <translation>Aucun document où chercher&#xa0;: joignez-en un d&apos;abord (Évaluation ▸ Joindre un document…).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="890"/>
        <source>{where}p. {page}: “{quote}”</source>
        <translation>{where}p. {page}&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="891"/>
        <source>{where}p. {page}: a marked area</source>
        <translation>{where}p. {page}&#xa0;: une zone délimitée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="900"/>
        <source>None yet: select a passage in the document, then Ctrl+Shift+E.</source>
        <translation>Aucune pour l&apos;instant&#xa0;: sélectionnez un passage du document, puis Ctrl+Maj+E.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="911"/>
        <source>{name} cannot be shown: see the message in the document pane.</source>
        <translation>{name} ne peut pas être affiché&#xa0;: voyez le message dans le volet du document.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="938"/>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/document_pane.py" line="942"/>
        <source>Evidence on p. {page} removed from {criterion}.</source>
        <translation>Preuve de la p. {page} retirée de {criterion}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="25"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="26"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="27"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="28"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="29"/>
        <source>Criterion or item</source>
        <translation>Critère ou élément</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="30"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="31"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="37"/>
        <source>Review created</source>
        <translation>Évaluation créée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="37"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="37"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="38"/>
        <source>Outcome judged</source>
        <translation>Issue jugée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="38"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="38"/>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="39"/>
        <source>Batch signed off</source>
        <translation>Lot validé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="39"/>
        <source>Batch no longer signed off</source>
        <translation>Lot plus validé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="40"/>
        <source>Added to a batch</source>
        <translation>Ajoutée à un lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="40"/>
        <source>Removed from a batch</source>
        <translation>Retirée d&apos;un lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="41"/>
        <source>Agreed result made</source>
        <translation>Résultat convenu établi</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="41"/>
        <source>Agreed finding differs</source>
        <translation>Le constat convenu diffère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="42"/>
        <source>Review deleted</source>
        <translation>Évaluation supprimée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="43"/>
        <source>Second review requested</source>
        <translation>Seconde évaluation demandée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="44"/>
        <source>Assurance check requested</source>
        <translation>Contrôle d&apos;assurance demandé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="45"/>
        <source>Imported by collation</source>
        <translation>Importée par consolidation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="46"/>
        <source>Replaced by a later revision</source>
        <translation>Remplacée par une révision plus récente</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="47"/>
        <source>Copy kept by a quality lead</source>
        <translation>Copie retenue par un·e responsable qualité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="48"/>
        <source>Demo review made</source>
        <translation>Évaluation de démonstration créée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="49"/>
        <source>Document attached</source>
        <translation>Document joint</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="50"/>
        <source>Document detached</source>
        <translation>Document retiré</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="51"/>
        <source>Document opened from a new place</source>
        <translation>Document ouvert depuis un nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="52"/>
        <source>Copy of a document kept</source>
        <translation>Copie d&apos;un document conservée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="53"/>
        <source>Copy of a document removed</source>
        <translation>Copie d&apos;un document supprimée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="54"/>
        <source>Evidence added</source>
        <translation>Élément de preuve ajouté</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="55"/>
        <source>Evidence removed</source>
        <translation>Élément de preuve retiré</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="56"/>
        <source>Calibration case (round)</source>
        <translation>Cas d&apos;étalonnage (session)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="57"/>
        <source>Reference answer started</source>
        <translation>Réponse de référence commencée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="58"/>
        <source>Calibration review started</source>
        <translation>Évaluation d&apos;étalonnage commencée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="77"/>
        <source>Criterion {id}</source>
        <translation>Critère {id}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="79"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="81"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="83"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="85"/>
        <source>Checklist</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="91"/>
        <source>From the two reviews</source>
        <translation>À partir des deux évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="93"/>
        <source>Of the review</source>
        <translation>De l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="95"/>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="97"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="102"/>
        <source>no finding</source>
        <translation>aucun constat</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="112"/>
        <location filename="../../qpp_reviewer/qt/history.py" line="113"/>
        <source>Review history</source>
        <translation>Historique de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="118"/>
        <source>The audit trail is intact: {detail}.</source>
        <translation>La piste d&apos;audit est intacte&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="119"/>
        <source>WARNING — the audit trail is broken: {detail}.</source>
        <translation>ATTENTION — la piste d&apos;audit est rompue&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="122"/>
        <source>Audit trail check</source>
        <translation>Vérification de la piste d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="126"/>
        <source>Changes to this review</source>
        <translation>Modifications de cette évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/history.py" line="129"/>
        <source>{title}, version {version}</source>
        <translation>{title}, version {version}</translation>
    </message>
</context>
<context>
    <name>InstallTemplateDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="421"/>
        <source>Install {template}</source>
        <translation>Installer {template}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="422"/>
        <source>Install checklist template</source>
        <translation>Installer un modèle de grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="429"/>
        <source>New {product} reviews will use it; reviews already made keep their version.</source>
        <translation>Les nouvelles évaluations de type «&#xa0;{product}&#xa0;» l&apos;utiliseront&#xa0;; les évaluations déjà faites conservent leur version.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="431"/>
        <source>New {product} reviews keep using {template}, which is newer.</source>
        <translation>Les nouvelles évaluations de type «&#xa0;{product}&#xa0;» continuent d&apos;utiliser {template}, qui est plus récent.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="433"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; passed every check: &lt;b&gt;{template}&lt;/b&gt; ({product}), “{title}”, {criteria} criteria in {sections} sections. {use}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a passé toutes les vérifications&#xa0;: &lt;b&gt;{template}&lt;/b&gt; ({product}), «&#xa0;{title}&#xa0;», {criteria} critères en {sections} sections. {use}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="440"/>
        <source>The template to install</source>
        <translation>Le modèle à installer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="448"/>
        <source>{template} is a new template: there is no earlier version to compare with.</source>
        <translation>{template} est un nouveau modèle&#xa0;: il n&apos;existe pas de version antérieure à comparer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="455"/>
        <source>&amp;Install {template}</source>
        <translation>&amp;Installer {template}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="19"/>
        <source>Open reviews</source>
        <translation>Évaluations ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="26"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="39"/>
        <source>&amp;Review</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="53"/>
        <source>Repor&amp;ts</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="61"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="71"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="85"/>
        <source>&amp;New review…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="86"/>
        <source>Start reviewing a case (Ctrl+N)</source>
        <translation>Commencer l&apos;évaluation d&apos;un dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="129"/>
        <source>Request &amp;second review…</source>
        <translation>Demander une &amp;seconde évaluation…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="130"/>
        <source>Ask another reviewer for a blind second review of this complete review</source>
        <translation>Demander à un·e autre évaluateur·rice une seconde évaluation à l&apos;aveugle de cette évaluation terminée</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="133"/>
        <source>&amp;Assurance check…</source>
        <translation>Contrôle d&apos;&amp;assurance…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="134"/>
        <source>A senior caseworker&apos;s check that this review applied the framework correctly</source>
        <translation>Vérification, par un·e instructeur·rice principal·e, que cette évaluation a correctement appliqué le cadre</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="137"/>
        <source>Co&amp;mpare and agree…</source>
        <translation>Co&amp;mparer et concilier…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="138"/>
        <source>Compare this review with its second review and record the agreed result</source>
        <translation>Comparer cette évaluation avec sa seconde évaluation et enregistrer le résultat concilié</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="141"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="142"/>
        <source>Every recorded change to this review, from the audit trail (Ctrl+H)</source>
        <translation>Toutes les modifications enregistrées de cette évaluation, d&apos;après la piste d&apos;audit (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="146"/>
        <source>S&amp;witch reviewer…</source>
        <translation>Changer d&apos;é&amp;valuateur·rice…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="147"/>
        <source>Change who is recorded as working</source>
        <translation>Changer la personne enregistrée comme auteur des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="90"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="94"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="95"/>
        <source>Write the reviews shown in the list (or the chosen batch) to an exchange workbook (Ctrl+E)</source>
        <translation>Écrire les évaluations affichées dans la liste (ou le lot choisi) dans un classeur d&apos;échange (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="99"/>
        <source>&amp;Collate workbooks…</source>
        <translation>&amp;Consolider des classeurs…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="100"/>
        <source>Import exchange workbooks from reviewers into this database</source>
        <translation>Importer dans cette base de données les classeurs d&apos;échange des évaluateur·rices</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="103"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="104"/>
        <source>Put an automatic backup of this database back in place</source>
        <translation>Remettre en place une sauvegarde automatique de cette base de données</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="111"/>
        <source>Review &amp;list</source>
        <translation>&amp;Liste des évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="112"/>
        <source>Show the list of reviews (Ctrl+L)</source>
        <translation>Afficher la liste des évaluations (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="116"/>
        <source>&amp;Complete review</source>
        <translation>&amp;Terminer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="117"/>
        <source>Mark the open review complete (Ctrl+Return)</source>
        <translation>Marquer l&apos;évaluation ouverte comme terminée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="121"/>
        <source>&amp;Reopen review…</source>
        <translation>&amp;Rouvrir l&apos;évaluation…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="122"/>
        <source>Reopen a complete review, giving a reason</source>
        <translation>Rouvrir une évaluation terminée, en indiquant un motif</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="125"/>
        <source>Close review &amp;tab</source>
        <translation>&amp;Fermer l&apos;onglet de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="150"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="151"/>
        <source>Show the results dashboard: bands, the satisfactory share against the target, error themes, trend (Ctrl+D)</source>
        <translation>Afficher le tableau de bord des résultats&#xa0;: niveaux, part satisfaisante par rapport à l&apos;objectif, thèmes d&apos;erreurs, tendance (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="155"/>
        <source>Export &amp;feedback sheet…</source>
        <translation>Exporter la fiche de &amp;retour…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="156"/>
        <source>Write the open review&apos;s feedback sheet for the decision maker as a PDF (Ctrl+Shift+F)</source>
        <translation>Écrire en PDF la fiche de retour de l&apos;évaluation ouverte, destinée à l&apos;agent décisionnaire (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="160"/>
        <source>&amp;Batch report…</source>
        <translation>Rapport de &amp;lot…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="161"/>
        <source>Write a batch&apos;s PDF report: bands, target, breakdowns, error themes and trend</source>
        <translation>Écrire le rapport PDF d&apos;un lot&#xa0;: niveaux, objectif, ventilations, thèmes d&apos;erreurs et tendance</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="164"/>
        <source>&amp;Period report…</source>
        <translation>Rapport de &amp;période…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="165"/>
        <source>Write the PDF report of the reviews the dashboard&apos;s filters select</source>
        <translation>Écrire le rapport PDF des évaluations sélectionnées par les filtres du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="168"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="172"/>
        <source>&amp;About QPP Reviewer</source>
        <translation>À &amp;propos de QPP Reviewer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="38"/>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;
&lt;table cellspacing=4&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New review&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back to the review list&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The results dashboard (click any number, or Enter on it, to list its reviews)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export the open review&apos;s feedback sheet (PDF)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (in the list)&lt;/td&gt;&lt;td&gt;Open the selected review&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td colspan=2&gt;&lt;br&gt;&lt;b&gt;In the checklist&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; or &lt;b&gt;O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;No error (then moves to the next criterion)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;2&lt;/b&gt; or &lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Minor error&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;3&lt;/b&gt; or &lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Significant error&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;4&lt;/b&gt; or &lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fail error&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;5&lt;/b&gt; or &lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Not applicable (then moves on)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; or &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the finding&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Down / Up&lt;/b&gt; (or J / K)&lt;/td&gt;&lt;td&gt;Next / previous criterion&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Down / Ctrl+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous section&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Write the comment; &lt;b&gt;Esc&lt;/b&gt; returns to the checklist&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Complete the review&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close the review tab (everything is already saved)&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Clavier&lt;/h3&gt;
&lt;table cellspacing=4&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouvelle évaluation&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Retour à la liste des évaluations&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Le tableau de bord des résultats (cliquez sur un nombre, ou appuyez sur Entrée, pour afficher ses évaluations)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Exporter la fiche de retour de l&apos;évaluation ouverte (PDF)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entrée&lt;/b&gt; (dans la liste)&lt;/td&gt;&lt;td&gt;Ouvrir l&apos;évaluation sélectionnée&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td colspan=2&gt;&lt;br&gt;&lt;b&gt;Dans la grille&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; ou &lt;b&gt;O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Aucune erreur (puis passe au critère suivant)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;2&lt;/b&gt; ou &lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Erreur mineure&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;3&lt;/b&gt; ou &lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Erreur importante&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;4&lt;/b&gt; ou &lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Erreur éliminatoire&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;5&lt;/b&gt; ou &lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sans objet (puis passe au suivant)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; ou &lt;b&gt;Suppr&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Effacer le constat&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bas / Haut&lt;/b&gt; (ou J / K)&lt;/td&gt;&lt;td&gt;Critère suivant / précédent&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Bas / Ctrl+Haut&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Section suivante / précédente&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rédiger le commentaire&#xa0;; &lt;b&gt;Échap&lt;/b&gt; revient à la grille&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Terminer l&apos;évaluation&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fermer l&apos;onglet de l&apos;évaluation (tout est déjà enregistré)&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="175"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="178"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="197"/>
        <source>Opening the review database…</source>
        <translation>Ouverture de la base des revues…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="201"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="265"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="266"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="267"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="240"/>
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="74"/>
        <source>Undo the last finding or comment change (in the checklist)</source>
        <translation>Annuler la dernière modification d&apos;un constat ou d&apos;un commentaire (dans la grille)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="76"/>
        <source>Redo it</source>
        <translation>La rétablir</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="77"/>
        <source>Return / Shift+Return / Alt+O</source>
        <translation>Entrée / Maj+Entrée / Alt+O</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="78"/>
        <source>In a reason dialog: record the reason / new line / OK</source>
        <translation>Dans une fenêtre de motif : enregistrer le motif / nouvelle ligne / OK</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="92"/>
        <source>Undo, reasons and menu commands</source>
        <translation>Annulation, motifs et commandes des menus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="341"/>
        <source>Open or create a review database</source>
        <translation>Ouvrir ou créer une base de données d&apos;évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="342"/>
        <source>QPP Reviewer databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données QPP Reviewer (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="368"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="387"/>
        <source>New review</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="426"/>
        <source>Open review</source>
        <translation>Ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="431"/>
        <source>, second review</source>
        <translation>, seconde évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="431"/>
        <source>, agreed</source>
        <translation>, conciliée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="432"/>
        <source>, assurance</source>
        <translation>, contrôle d&apos;assurance</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="432"/>
        <source>, calibration</source>
        <translation>, étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="433"/>
        <source>, reference answer</source>
        <translation>, réponse de référence</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="451"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="509"/>
        <source>Export feedback sheet</source>
        <translation>Exporter la fiche de retour</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="510"/>
        <source>Open a review first: the feedback sheet is written for the review in the current tab.</source>
        <translation>Ouvrez d&apos;abord une évaluation&#xa0;: la fiche de retour est rédigée pour l&apos;évaluation de l&apos;onglet courant.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="521"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="532"/>
        <source>Batch report</source>
        <translation>Rapport de lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="522"/>
        <source>There are no batches yet. Create one on the Batches tab, or write a period report from the dashboard instead.</source>
        <translation>Il n&apos;y a encore aucun lot. Créez-en un dans l&apos;onglet Lots, ou rédigez plutôt un rapport de période depuis le tableau de bord.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="532"/>
        <source>Report on the batch:</source>
        <translation>Rapport sur le lot&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="548"/>
        <source>Period report</source>
        <translation>Rapport de période</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="551"/>
        <source>Writing the report of {selection}</source>
        <translation>Rédaction du rapport de {selection}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="596"/>
        <source>Assurance check</source>
        <translation>Contrôle d&apos;assurance</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="596"/>
        <source>Second review</source>
        <translation>Seconde évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="598"/>
        <source>Open or select a complete review first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord une évaluation terminée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="610"/>
        <source>{what} requested from {who}</source>
        <translation>{what}&#xa0;: demande adressée à {who}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="630"/>
        <source>Who does it? (not {first}, the first reviewer)</source>
        <translation>Qui s&apos;en charge ? (pas {first}, l&apos;auteur de la première évaluation)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="674"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="683"/>
        <source>Compare and agree</source>
        <translation>Comparer et concilier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="675"/>
        <source>This review has no second review yet.</source>
        <translation>Cette évaluation n&apos;a pas encore de seconde évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="700"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="702"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="700"/>
        <source>Open or select a review first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord une évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="713"/>
        <source>&amp;Appeal outcomes…</source>
        <translation>Issues des &amp;appels…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="714"/>
        <source>&amp;Import appeal outcomes…</source>
        <translation>&amp;Importer les issues des appels…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="729"/>
        <source>Decision maker&apos;s re&amp;ply…</source>
        <translation>Ré&amp;ponse du décideur…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="730"/>
        <source>Type in the decision maker&apos;s reply to the feedback: accept or dispute each error</source>
        <translation>Saisir la réponse du décideur au retour&#xa0;: accepter ou contester chaque erreur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="736"/>
        <source>Ar&amp;bitrate a dispute…</source>
        <translation>Ar&amp;bitrer une contestation…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="737"/>
        <source>Uphold, overturn or amend a finding the decision maker disputed (a technical specialist or quality lead, neither the reviewer nor the decision maker)</source>
        <translation>Maintenir, annuler ou modifier un constat contesté par le décideur (un·e spécialiste technique ou responsable qualité, ni l&apos;évaluateur·rice ni le décideur)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="743"/>
        <source>Re&amp;fer disputes to an arbitrator…</source>
        <translation>Con&amp;fier les contestations à un arbitre…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="744"/>
        <source>Send the review&apos;s open disputes to one technical specialist or quality lead</source>
        <translation>Adresser les contestations ouvertes de l&apos;évaluation à un·e spécialiste technique ou responsable qualité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="776"/>
        <source>&amp;Sampling</source>
        <translation>É&amp;chantillonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="777"/>
        <source>&amp;Draw a sample of cases…</source>
        <translation>&amp;Tirer un échantillon de dossiers…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="778"/>
        <source>Sampled &amp;cases…</source>
        <translation>&amp;Dossiers échantillonnés…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="779"/>
        <source>Checklist &amp;templates…</source>
        <translation>&amp;Modèles de grille…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="820"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="835"/>
        <source>The language changes when QPP Reviewer next starts.</source>
        <translation>La langue changera au prochain démarrage de QPP Reviewer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="844"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="851"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="861"/>
        <source>Add to batch</source>
        <translation>Ajouter au lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="845"/>
        <source>Select one or more reviews in the list first (Ctrl+click or Shift+click for several).</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs évaluations dans la liste (Ctrl+clic ou Maj+clic pour en choisir plusieurs).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="849"/>
        <source>New batch…</source>
        <translation>Nouveau lot…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="852"/>
        <source>Add {n} review to:</source>
        <translation>Ajouter {n} évaluation à :</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="852"/>
        <source>Add {n} reviews to:</source>
        <translation>Ajouter {n} évaluations à :</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="863"/>
        <source>{n} review added to the batch</source>
        <translation>{n} évaluation ajoutée au lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="864"/>
        <source>{n} reviews added to the batch</source>
        <translation>{n} évaluations ajoutées au lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="946"/>
        <source>Writing {n} review to {file}</source>
        <translation>Écriture de {n} évaluation dans {file}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1002"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1065"/>
        <source>Reading {n} workbook</source>
        <translation>Lecture de {n} classeur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1002"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1065"/>
        <source>Reading {n} workbooks</source>
        <translation>Lecture de {n} classeurs</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1013"/>
        <source>{n} workbook read</source>
        <translation>{n} classeur lu</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1013"/>
        <source>{n} workbooks read</source>
        <translation>{n} classeurs lus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1014"/>
        <source>, {rejected} rejected.
Reviews: {added} added, {unchanged} unchanged, {conflicts} conflicting; {discrepancies} band discrepancies.</source>
        <translation>, refusés&#xa0;: {rejected}.
Évaluations : {added} ajoutées, {unchanged} inchangées, {conflicts} en conflit ; {discrepancies} écarts de niveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1113"/>
        <source>&amp;Encrypt database…</source>
        <translation>&amp;Chiffrer la base…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1115"/>
        <source>Encrypt the database and its backups with a passphrase</source>
        <translation>Chiffrer la base de données et ses sauvegardes avec une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1116"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1118"/>
        <source>A new passphrase for the encrypted database</source>
        <translation>Une nouvelle phrase secrète pour la base chiffrée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1151"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1170"/>
        <source>Encrypt database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1152"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1173"/>
        <source>{file} and its backups are encrypted.</source>
        <translation>{file} et ses sauvegardes sont chiffrés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1180"/>
        <source>The passphrase is changed.</source>
        <translation>La phrase secrète est changée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1215"/>
        <source>&lt;p&gt;&lt;b&gt;Signing key of {who}:&lt;/b&gt; &lt;tt&gt;{fp}&lt;/tt&gt;&lt;br&gt;Read it out to the centre when it enrols your key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Clé de signature de {who} :&lt;/b&gt; &lt;tt&gt;{fp}&lt;/tt&gt;&lt;br&gt;Lisez-la au centre quand il enregistre votre clé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="879"/>
        <source>First reviews of cases you are second-reviewing are not exported until your second review is complete.</source>
        <translation>Les premières évaluations des dossiers dont vous faites la seconde évaluation ne sont pas exportées avant que votre seconde évaluation soit terminée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="887"/>
        <source>Export batch</source>
        <translation>Exporter le lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="901"/>
        <source>Type the password again:</source>
        <translation>Saisissez à nouveau le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="905"/>
        <source>The two passwords differ; nothing was exported.</source>
        <translation>Les deux mots de passe sont différents&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="916"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="954"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="916"/>
        <source>There are no reviews to export.</source>
        <translation>Il n&apos;y a aucune évaluation à exporter.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="920"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="925"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="930"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="945"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="921"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="978"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="925"/>
        <source>Protect the workbook with a password?

Recommended when it travels by e-mail or removable media. Excel and LibreOffice ask for the password to open it.</source>
        <translation>Protéger le classeur par un mot de passe&#xa0;?

Recommandé lorsqu&apos;il circule par courriel ou sur un support amovible. Excel et LibreOffice demandent le mot de passe pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="930"/>
        <source>Password for the workbook:</source>
        <translation>Mot de passe du classeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="947"/>
        <source>Writing {n} reviews to {file}</source>
        <translation>Écriture de {n} évaluations dans {file}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="949"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="955"/>
        <source>Could not write {path}: {error}.

Nothing was written under that name; your reviews are unchanged. Check the disk has space and the folder is writable.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {error}.

Rien n&apos;a été écrit sous ce nom&#xa0;; vos évaluations sont inchangées. Vérifiez qu&apos;il reste de l&apos;espace sur le disque et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="963"/>
        <source>Exported {reviews} reviews and {findings} findings to {path}</source>
        <translation>{reviews} évaluations et {findings} constats exportés vers {path}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="977"/>
        <source>Collate exchange workbooks</source>
        <translation>Consolider des classeurs d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="992"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="999"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1062"/>
        <source>Collate workbooks</source>
        <translation>Consolider des classeurs</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="993"/>
        <source>{file} is password-protected.
Its password:</source>
        <translation>{file} est protégé par un mot de passe.
Son mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1004"/>
        <source>Collation cancelled; workbooks already read were kept, the rest were not read.</source>
        <translation>Consolidation annulée&#xa0;; les classeurs déjà lus ont été conservés, les autres n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1012"/>
        <source>Collation report</source>
        <translation>Rapport de consolidation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1046"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1054"/>
        <source>New signer</source>
        <translation>Nouveau signataire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1047"/>
        <source>{files}: signed by {signer} with a key this database has not enrolled.

Fingerprint: {fp}

Ask {signer} to read out the fingerprint their app shows (Help ▸ About). Only if it is the same: enrol this key and collate the workbook?</source>
        <translation>{files} : signé par {signer} avec une clé que cette base n&apos;a pas enregistrée.

Empreinte : {fp}

Demandez à {signer} de lire l&apos;empreinte que son application affiche (Aide ▸ À propos). Seulement si elle est identique : enregistrer cette clé et consolider le classeur ?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1081"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1082"/>
        <source>Backups are kept for local database files only.</source>
        <translation>Les sauvegardes ne sont conservées que pour les fichiers de base de données locaux.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1088"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1093"/>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1102"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1089"/>
        <source>There are no backups of this database yet. One is made each time the app starts and before every upgrade.</source>
        <translation>Cette base de données n&apos;a encore aucune sauvegarde. Une sauvegarde est faite à chaque démarrage de l&apos;application et avant chaque mise à niveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1094"/>
        <source>Replace the database&apos;s content with this backup
(what it holds now is kept as a backup too):</source>
        <translation>Remplacer le contenu de la base de données par cette sauvegarde
(son contenu actuel est lui aussi conservé en sauvegarde)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1105"/>
        <source>Restored from {file}</source>
        <translation>Restauré depuis {file}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1187"/>
        <source>{title} — {id} version {version} ({n} criteria)</source>
        <translation>{title} — {id} version {version} ({n} critères)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1191"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1193"/>
        <source>&lt;p&gt;Quality review of asylum interviews and decisions under the Calibre Assurance Sampling Framework (bands QS1–QS5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Évaluation de la qualité des entretiens et des décisions d&apos;asile selon le Calibre Assurance Sampling Framework (niveaux QS1–QS5).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1195"/>
        <source>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {location}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Base de données&#xa0;:&lt;/b&gt; {location}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/main_window.py" line="1196"/>
        <source>&lt;p&gt;&lt;b&gt;Checklists:&lt;/b&gt;&lt;br&gt;{templates}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Grilles&#xa0;:&lt;/b&gt;&lt;br&gt;{templates}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="252"/>
        <source>Click to list the satisfactory reviews of all months.</source>
        <translation>Cliquez pour afficher les évaluations satisfaisantes de tous les mois.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="254"/>
        <source>Click to list the reviews not complete (not counted) of all months.</source>
        <translation>Cliquez pour afficher les évaluations non terminées (non comptées) de tous les mois.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="256"/>
        <source>Click to list the complete reviews of all months.</source>
        <translation>Cliquez pour afficher les évaluations terminées de tous les mois.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="258"/>
        <source>Click to list the satisfactory reviews of {month}.</source>
        <translation>Cliquez pour afficher les évaluations satisfaisantes de {month}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="260"/>
        <source>Click to list the reviews not complete (not counted) of {month}.</source>
        <translation>Cliquez pour afficher les évaluations non terminées (non comptées) de {month}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="262"/>
        <source>Click to list the complete reviews of {month}.</source>
        <translation>Cliquez pour afficher les évaluations terminées de {month}.</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="6"/>
        <source>New review</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="9"/>
        <source>Identify the case by its reference only. Every field is checked as you type.</source>
        <translation>Identifiez le dossier par sa seule référence. Chaque champ est vérifié pendant la saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="13"/>
        <source>Case &amp;reference</source>
        <translation>&amp;Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="14"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="14"/>
        <source>Home Office case reference, e.g. L1234567/001 (no names)</source>
        <translation>Référence du dossier au Home Office, p. ex. L1234567/001 (aucun nom)</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="15"/>
        <source>Case reference problem</source>
        <translation>Problème de référence du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="16"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="17"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="17"/>
        <source>Decision-making unit</source>
        <translation>Unité décisionnelle</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="17"/>
        <source>Add unit…</source>
        <translation>Ajouter une unité…</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="17"/>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="144"/>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="150"/>
        <source>Add unit</source>
        <translation>Ajouter une unité</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="17"/>
        <source>Add a decision-making unit to the list</source>
        <translation>Ajouter une unité décisionnelle à la liste</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="18"/>
        <source>Unit problem</source>
        <translation>Problème d&apos;unité</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="19"/>
        <source>&amp;Product</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="20"/>
        <source>Product</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="20"/>
        <source>What is reviewed: the substantive interview or the decision</source>
        <translation>Ce qui est évalué&#xa0;: l&apos;entretien sur le fond ou la décision</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="21"/>
        <source>Product problem</source>
        <translation>Problème de type</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="22"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="23"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="23"/>
        <source>The decision&apos;s outcome (decisions only)</source>
        <translation>L&apos;issue de la décision (décisions uniquement)</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="24"/>
        <source>Outcome problem</source>
        <translation>Problème d&apos;issue</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="25"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="26"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="26"/>
        <source>Date of the interview or decision</source>
        <translation>Date de l&apos;entretien ou de la décision</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="27"/>
        <source>Date problem</source>
        <translation>Problème de date</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="28"/>
        <source>Decision &amp;maker</source>
        <translation>&amp;Agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="29"/>
        <source>Decision maker</source>
        <translation>Agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="29"/>
        <source>Decision maker&apos;s staff reference, not a name</source>
        <translation>Matricule de l&apos;agent décisionnaire, pas un nom</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="30"/>
        <source>Decision maker problem</source>
        <translation>Problème d&apos;agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="31"/>
        <source>&amp;Stream</source>
        <translation>&amp;Filière</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="32"/>
        <source>Stream</source>
        <translation>Filière</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="32"/>
        <source>Why this case is reviewed</source>
        <translation>Pourquoi ce dossier est évalué</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="33"/>
        <source>Stream problem</source>
        <translation>Problème de filière</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="34"/>
        <source>Re&amp;viewer</source>
        <translation>É&amp;valuateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="35"/>
        <source>Reviewer</source>
        <translation>Évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="35"/>
        <source>Your name or initials</source>
        <translation>Votre nom ou vos initiales</translation>
    </message>
    <message>
        <location filename="../../ui/newreviewdialog.ui" line="36"/>
        <source>Reviewer problem</source>
        <translation>Problème d&apos;évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="118"/>
        <source>— choose a unit —</source>
        <translation>— choisir une unité —</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="131"/>
        <source>— choose the outcome —</source>
        <translation>— choisir l&apos;issue —</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="135"/>
        <source>Decision &amp;date</source>
        <translation>&amp;Date de la décision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="137"/>
        <source>(interviews have no outcome)</source>
        <translation>(les entretiens n&apos;ont pas d&apos;issue)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="139"/>
        <source>Interview &amp;date</source>
        <translation>&amp;Date de l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/new_review.py" line="144"/>
        <source>Name of the decision-making unit:</source>
        <translation>Nom de l&apos;unité décisionnelle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="66"/>
        <source>Appeal outcomes</source>
        <translation>Issues des appels</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="68"/>
        <source>&lt;b&gt;{n} reviewed decisions with a known outcome, {o} overturned ({pct})&lt;/b&gt; · the dashboard&apos;s selection</source>
        <translation>&lt;b&gt;{n} décisions évaluées dont l&apos;issue est connue, {o} infirmées ({pct})&lt;/b&gt; · la sélection du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="74"/>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="85"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="74"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="74"/>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="81"/>
        <source>Overturned</source>
        <translation>Infirmées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="74"/>
        <source>Share (95% interval)</source>
        <translation>Part (intervalle à 95&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="80"/>
        <source>By &amp;band</source>
        <translation>Par &amp;niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="81"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="81"/>
        <source>With an error</source>
        <translation>Avec une erreur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="81"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="84"/>
        <source>By &amp;criterion</source>
        <translation>Par &amp;critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="85"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="85"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="85"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="88"/>
        <source>QS1/QS2 &amp;overturned ({n})</source>
        <translation>QS1/QS2 &amp;infirmées ({n})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="90"/>
        <source>Enter or double-click lists a row&apos;s reviews. </source>
        <translation>Entrée ou un double-clic affiche les évaluations d&apos;une ligne. </translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="91"/>
        <source>Left out as ambiguous: {cases}.</source>
        <translation>Écartés car ambigus&#xa0;: {cases}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="134"/>
        <source>appeal outcomes, {what}</source>
        <translation>issues des appels, {what}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="38"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="46"/>
        <source>A passphrase needs at least {n} characters; a few words are easier to remember than a short password.</source>
        <translation>Une phrase secrète compte au moins {n} caractères ; quelques mots se retiennent mieux qu’un mot de passe court.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="49"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="60"/>
        <source>Protect the reviews with a passphrase</source>
        <translation>Protéger les évaluations par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="64"/>
        <source>{file} will hold case files of asylum applicants. With a passphrase, the database, its journal and its backups are encrypted: a lost or stolen laptop, or a copied file, shows nothing. Recommended.

If the passphrase is lost, the data is lost, unless you keep the recovery key shown next.</source>
        <translation>{file} contiendra des dossiers de demandeurs d’asile. Avec une phrase secrète, la base de données, son journal et ses sauvegardes sont chiffrés : un ordinateur perdu ou volé, ou un fichier copié, ne montre rien. Recommandé.

Si la phrase secrète est perdue, les données sont perdues, sauf si vous gardez la clé de récupération affichée ensuite.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="70"/>
        <source>The new passphrase of {file}. The database is not rewritten; its backups follow the new passphrase, and the recovery key still works.</source>
        <translation>La nouvelle phrase secrète de {file}. La base n’est pas réécrite ; ses sauvegardes suivent la nouvelle phrase secrète, et la clé de récupération reste valable.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="80"/>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="178"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="83"/>
        <source>The passphrase again</source>
        <translation>La phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="84"/>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="85"/>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="90"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="90"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="95"/>
        <source>Continue &amp;without encryption</source>
        <translation>Continuer &amp;sans chiffrement</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="129"/>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="139"/>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="183"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="132"/>
        <source>Write down this recovery key and keep it apart from this computer (e.g. printed, in a locked cabinet). It is shown only now and stored nowhere. With the passphrase lost, it is the only way to open the database.</source>
        <translation>Notez cette clé de récupération et gardez-la loin de cet ordinateur (par exemple imprimée, dans une armoire fermée à clé). Elle n’est affichée qu’une fois et n’est conservée nulle part. Si la phrase secrète est perdue, elle seule permet d’ouvrir la base.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="146"/>
        <source>I have &amp;written down the recovery key</source>
        <translation>J’ai &amp;noté la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="169"/>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="172"/>
        <source>{file} is encrypted. Type its passphrase to open it.</source>
        <translation>{file} est chiffrée. Tapez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="180"/>
        <source>I have lost the passphrase: use the &amp;recovery key</source>
        <translation>J’ai perdu la phrase secrète : utiliser la clé de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="186"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="216"/>
        <source>Wrong {n} times: the database was not opened, and nothing was changed.</source>
        <translation>Erreur {n} fois : la base n’a pas été ouverte et rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="220"/>
        <source>That does not open {file} (try {n} of {of}). Nothing was changed.</source>
        <translation>Cela n’ouvre pas {file} (essai {n} sur {of}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="252"/>
        <source>A new passphrase</source>
        <translation>Une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/passphrase.py" line="277"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
</context>
<context>
    <name>QueriesBanner</name>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="537"/>
        <source>Answer the &amp;query…</source>
        <translation>Répondre à la &amp;demande…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="550"/>
        <source>1 open query from the centre:</source>
        <translation>1 demande ouverte du centre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="551"/>
        <source>{n} open queries from the centre:</source>
        <translation>{n} demandes ouvertes du centre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="562"/>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="569"/>
        <source>Answer the query</source>
        <translation>Répondre à la demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="562"/>
        <source>Which query?</source>
        <translation>Quelle demande&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="573"/>
        <source>Answer saved; export the review to send it to the centre.</source>
        <translation>Réponse enregistrée&#xa0;; exportez l&apos;évaluation pour l&apos;envoyer au centre.</translation>
    </message>
</context>
<context>
    <name>QueriesDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="233"/>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="256"/>
        <source>Queries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="236"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="238"/>
        <source>Open queries</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="238"/>
        <source>Answered, to close</source>
        <translation>Répondues, à clore</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="239"/>
        <source>All queries</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="247"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="247"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="247"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="248"/>
        <source>Query</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="248"/>
        <source>Raised by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="248"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="263"/>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="264"/>
        <source>C&amp;lose the query…</source>
        <translation>C&amp;lore la demande…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="265"/>
        <source>&amp;Open the review</source>
        <translation>&amp;Ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="270"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="300"/>
        <source>the review</source>
        <translation>l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="310"/>
        <source>No query to show.</source>
        <translation>Aucune demande à afficher.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="216"/>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="333"/>
        <source>Answer the query</source>
        <translation>Répondre à la demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="217"/>
        <source>{who} asks ({about}): {text}

Your answer (it reaches the centre with the review&apos;s next export):</source>
        <translation>{who} demande ({about})&#xa0;: {text}

Votre réponse (elle parvient au centre avec le prochain export de l&apos;évaluation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="347"/>
        <source>The query has no answer yet. Why is it closed?</source>
        <translation>La demande n&apos;a pas encore de réponse. Pourquoi la clore&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="350"/>
        <source>A note for the reviewer (optional):</source>
        <translation>Une remarque pour l&apos;évaluateur·rice (facultative)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="352"/>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="355"/>
        <source>Close the query</source>
        <translation>Clore la demande</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/reason_dialog.py" line="42"/>
        <source>Return records the reason · Shift+Return starts a new line · Esc cancels</source>
        <translation>Entrée enregistre le motif · Maj+Entrée commence une nouvelle ligne · Échap annule</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reason_dialog.py" line="47"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reason_dialog.py" line="48"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="21"/>
        <source>Decision maker&apos;s reply</source>
        <translation>Réponse du décideur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="24"/>
        <source>Open or select a complete review first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord une évaluation terminée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="28"/>
        <source>The feedback of this review has not been issued to the decision maker yet. Issue it today, with a reply window of {days} working days?</source>
        <translation>Le retour de cette évaluation n&apos;a pas encore été remis au décideur. Le remettre aujourd&apos;hui, avec un délai de réponse de {days} jours ouvrés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="55"/>
        <source>Decision maker&apos;s reply — {case}</source>
        <translation>Réponse du décideur — {case}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="57"/>
        <source>For each error: does the decision maker accept it, or dispute it (then say why)? {state}.</source>
        <translation>Pour chaque erreur&#xa0;: le décideur l&apos;accepte-t-il, ou la conteste-t-il (en disant pourquoi)&#xa0;? {state}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="65"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="65"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="65"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="70"/>
        <source>The review as a whole</source>
        <translation>L&apos;évaluation dans son ensemble</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="80"/>
        <source>(no reply)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="81"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="82"/>
        <source>Dispute</source>
        <translation>Contester</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="83"/>
        <source>Reply on {criterion}</source>
        <translation>Réponse sur {criterion}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="85"/>
        <source>Reason on {criterion}</source>
        <translation>Motif sur {criterion}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="86"/>
        <source>Why it is disputed</source>
        <translation>Pourquoi c&apos;est contesté</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="103"/>
        <source>&amp;Record the reply</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/reply_dialog.py" line="123"/>
        <source>A dispute needs its reason (a few words).</source>
        <translation>Une contestation demande son motif (quelques mots).</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="48"/>
        <source>{what}
to {file}</source>
        <translation>{what}
dans {file}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="51"/>
        <source>{title} cancelled; nothing was written.</source>
        <translation>{title}&#xa0;: annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="58"/>
        <source>Could not write {path}: {error}.

Nothing was written under that name. Check the folder exists and is writable, and that the disk has space.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {error}.

Rien n&apos;a été écrit sous ce nom. Vérifiez que le dossier existe et est accessible en écriture, et qu&apos;il reste de l&apos;espace sur le disque.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="65"/>
        <source>The report could not be made ({error}).

Nothing was written.</source>
        <translation>Le rapport n&apos;a pas pu être produit ({error}).

Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="71"/>
        <source>Wrote {path}</source>
        <translation>Fichier écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="73"/>
        <source>Wrote {path} ({pages} page)</source>
        <translation>Fichier écrit&#xa0;: {path} ({pages} page)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/report_files.py" line="75"/>
        <source>Wrote {path} ({pages} pages)</source>
        <translation>Fichier écrit&#xa0;: {path} ({pages} pages)</translation>
    </message>
</context>
<context>
    <name>ReviewActivity</name>
    <message>
        <location filename="../../qpp_reviewer/qt/activity.py" line="109"/>
        <source>Active time: {time}</source>
        <translation>Temps actif&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../ui/revieweditor.ui" line="12"/>
        <source>Case details</source>
        <translation>Détails du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="17"/>
        <source>Quality band</source>
        <translation>Niveau de qualité</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="22"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="27"/>
        <source>Reason for the band</source>
        <translation>Motif du niveau</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="31"/>
        <source>Minor-error share</source>
        <translation>Part d&apos;erreurs mineures</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="35"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="331"/>
        <source>Fail error: is the &amp;outcome reliable?</source>
        <translation>Erreur éliminatoire&#xa0;: l&apos;&amp;issue est-elle fiable&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="37"/>
        <source>Outcome judgement</source>
        <translation>Appréciation de l&apos;issue</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="38"/>
        <source>With a fail error, judge whether the outcome is probably correct (QS4) or probably wrong (QS5)</source>
        <translation>En cas d&apos;erreur éliminatoire, appréciez si l&apos;issue est probablement correcte (QS4) ou probablement erronée (QS5)</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="52"/>
        <source>Checklist</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="53"/>
        <source>Criteria by section. Keys: 1 or O no error, 2 or M minor, 3 or S significant, 4 or F fail, 5 or X not applicable; Up and Down move between criteria; Ctrl+Down next section</source>
        <translation>Critères par section. Touches&#xa0;: 1 ou O aucune erreur, 2 ou M mineure, 3 ou S importante, 4 ou F éliminatoire, 5 ou X sans objet&#xa0;; Haut et Bas passent d&apos;un critère à l&apos;autre&#xa0;; Ctrl+Bas section suivante</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="62"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="160"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="63"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="65"/>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="71"/>
        <location filename="../../ui/revieweditor.ui" line="72"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="160"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="74"/>
        <source>&amp;1 No error</source>
        <translation>&amp;1 Aucune erreur</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="75"/>
        <source>&amp;2 Minor</source>
        <translation>&amp;2 Mineure</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="76"/>
        <source>&amp;3 Significant</source>
        <translation>&amp;3 Importante</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="77"/>
        <source>&amp;4 Fail</source>
        <translation>&amp;4 Éliminatoire</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="78"/>
        <source>&amp;5 Not applicable</source>
        <translation>&amp;5 Sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="82"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="425"/>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="84"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="160"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="85"/>
        <source>Explain the error for the decision maker. Saved as you type. Esc returns to the checklist.</source>
        <translation>Expliquez l&apos;erreur à l&apos;agent décisionnaire. Enregistré pendant la saisie. Échap revient à la grille.</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="87"/>
        <source>What was wrong, and what good would look like. Required for any error.</source>
        <translation>Ce qui n&apos;allait pas, et ce qu&apos;aurait été une bonne pratique. Obligatoire pour toute erreur.</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="95"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="97"/>
        <source>Export feedback…</source>
        <translation>Exporter la fiche de retour…</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="97"/>
        <source>Write this review&apos;s feedback sheet for the decision maker as a PDF (Ctrl+Shift+F)</source>
        <translation>Écrire en PDF la fiche de retour de cette évaluation, destinée à l&apos;agent décisionnaire (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="97"/>
        <source>Write this review&apos;s feedback sheet for the decision maker as a PDF</source>
        <translation>Écrire en PDF la fiche de retour de cette évaluation, destinée à l&apos;agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="98"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="98"/>
        <source>Reopen this complete review; a reason is required</source>
        <translation>Rouvrir cette évaluation terminée&#xa0;; un motif est requis</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="99"/>
        <source>Complete revie&amp;w</source>
        <translation>&amp;Terminer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/revieweditor.ui" line="99"/>
        <source>Mark the review complete once every criterion has a finding and every error a comment</source>
        <translation>Marquer l&apos;évaluation comme terminée une fois que chaque critère a un constat et chaque erreur un commentaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="133"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="205"/>
        <source>— judge the outcome —</source>
        <translation>— apprécier l&apos;issue —</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="175"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="278"/>
        <source>comment needed</source>
        <translation>commentaire requis</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="175"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="283"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="285"/>
        <source>A comment kept with a finding that is not an error: it is shown as a note. Delete it if it no longer applies.</source>
        <translation>Un commentaire conservé avec un constat qui n&apos;est pas une erreur : il est présenté comme une remarque. Supprimez-le s&apos;il ne s&apos;applique plus.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="175"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="288"/>
        <source>written</source>
        <translation>rédigé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="103"/>
        <source>Feedback issued on {date}: {state}</source>
        <translation>Retour remis le {date}&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="106"/>
        <source>{open} of {n} disputes open</source>
        <translation>{open} contestations ouvertes sur {n}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="299"/>
        <source>{what} of {date}</source>
        <translation>{what} du {date}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="300"/>
        <source>Unit: {unit}</source>
        <translation>Unité&#xa0;: {unit}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="301"/>
        <source>Decision maker: {dm}</source>
        <translation>Agent décisionnaire&#xa0;: {dm}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="302"/>
        <source>Stream: {stream}</source>
        <translation>Filière&#xa0;: {stream}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="303"/>
        <source>Reviewer: {reviewer}</source>
        <translation>Évaluateur·rice&#xa0;: {reviewer}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="304"/>
        <source>Checklist: {title} (version {version})</source>
        <translation>Grille&#xa0;: {title} (version {version})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="314"/>
        <source>Outcome judgement needed</source>
        <translation>Appréciation de l&apos;issue requise</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="314"/>
        <source>No band yet</source>
        <translation>Pas encore de niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="315"/>
        <source>No band</source>
        <translation>Aucun niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="319"/>
        <source>Minor-error share: {share} (not applicable: {na})</source>
        <translation>Part d&apos;erreurs mineures&#xa0;: {share} (sans objet&#xa0;: {na})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="329"/>
        <source>Special-policy fail: QS5 whatever the outcome</source>
        <translation>Erreur éliminatoire de politique spéciale&#xa0;: QS5 quelle que soit l&apos;issue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="341"/>
        <source>{answered} of {total} criteria answered</source>
        <translation>{answered} critères renseignés sur {total}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="344"/>
        <source>1 error without a comment</source>
        <translation>1 erreur sans commentaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="345"/>
        <source>{n} errors without a comment</source>
        <translation>{n} erreurs sans commentaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="347"/>
        <source>complete since {when} UTC</source>
        <translation>terminée depuis le {when} UTC</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="394"/>
        <source>special policy: {policy} (a fail makes QS5)</source>
        <translation>politique spéciale : {policy} (une erreur éliminatoire donne QS5)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="403"/>
        <source>{severity}:</source>
        <translation>{severity}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="422"/>
        <source>Co&amp;mment (a note: the finding is {finding})</source>
        <translation>Co&amp;mmentaire (une remarque : le constat est « {finding} »)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="489"/>
        <source>The checklist has the keyboard: press Enter to write the comment, or a finding key (1–5, O M S F X).</source>
        <translation>Le clavier est dans la grille : appuyez sur Entrée pour rédiger le commentaire, ou sur une touche de constat (1–5, O M S F X).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="504"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="516"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="627"/>
        <source>This review is complete: reopen it to change findings.</source>
        <translation>Cette évaluation est terminée&#xa0;: rouvrez-la pour modifier les constats.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="532"/>
        <source>Save finding</source>
        <translation>Enregistrer le constat</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="554"/>
        <source>Check the comment for this error, then press Esc to go on.</source>
        <translation>Vérifiez le commentaire de cette erreur, puis appuyez sur Échap pour continuer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="556"/>
        <source>Write a comment for this error, then press Esc to go on.</source>
        <translation>Rédigez un commentaire pour cette erreur, puis appuyez sur Échap pour continuer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="586"/>
        <source>A comment is at most {n} characters: the rest was not added. Keep long material in the case file and refer to it.</source>
        <translation>Un commentaire compte au plus {n} caractères : le reste n&apos;a pas été ajouté. Gardez les textes longs dans le dossier et faites-y référence.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="607"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="631"/>
        <source>Save comment</source>
        <translation>Enregistrer le commentaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="651"/>
        <source>Save outcome judgement</source>
        <translation>Enregistrer l&apos;appréciation de l&apos;issue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="664"/>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="665"/>
        <source>Not ready to complete</source>
        <translation>Impossible de terminer pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="666"/>
        <source>The review cannot be completed yet:</source>
        <translation>L&apos;évaluation ne peut pas encore être terminée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="669"/>
        <source>Complete review</source>
        <translation>Terminer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="675"/>
        <source>Review of {case} completed: {reason}</source>
        <translation>Évaluation de {case} terminée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="693"/>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="697"/>
        <source>Reopen review</source>
        <translation>Rouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="694"/>
        <source>Why is this review being reopened? (recorded with the review)</source>
        <translation>Pourquoi cette évaluation est-elle rouverte&#xa0;? (enregistré avec l&apos;évaluation)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="716"/>
        <source>Export feedback sheet</source>
        <translation>Exporter la fiche de retour</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="718"/>
        <source>Writing the feedback sheet of {case}</source>
        <translation>Rédaction de la fiche de retour de {case}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="720"/>
        <source>Feedback sheet of {case} written to {path}</source>
        <translation>Fiche de retour de {case} écrite dans {path}</translation>
    </message>
</context>
<context>
    <name>ReviewListPage</name>
    <message>
        <location filename="../../ui/reviewlist.ui" line="9"/>
        <source>Find case reference…</source>
        <translation>Rechercher une référence de dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="11"/>
        <source>Find case reference</source>
        <translation>Rechercher une référence de dossier</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="12"/>
        <source>Show only reviews whose case reference contains this text</source>
        <translation>Afficher uniquement les évaluations dont la référence du dossier contient ce texte</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="14"/>
        <source>Unit filter</source>
        <translation>Filtre par unité</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="14"/>
        <source>Show only reviews of one unit</source>
        <translation>Afficher uniquement les évaluations d&apos;une unité</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="15"/>
        <source>Product filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="15"/>
        <source>Show only interviews or only decisions</source>
        <translation>Afficher uniquement les entretiens ou uniquement les décisions</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="16"/>
        <source>Stream filter</source>
        <translation>Filtre par filière</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="16"/>
        <source>Show only reviews of one stream</source>
        <translation>Afficher uniquement les évaluations d&apos;une filière</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="17"/>
        <source>Band filter</source>
        <translation>Filtre par niveau</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="17"/>
        <source>Show only reviews with one quality band</source>
        <translation>Afficher uniquement les évaluations d&apos;un niveau de qualité</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="23"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="23"/>
        <source>Show only reviews in progress or complete</source>
        <translation>Afficher uniquement les évaluations en cours ou terminées</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="24"/>
        <source>Reviewer filter</source>
        <translation>Filtre par évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="24"/>
        <source>Show only one reviewer&apos;s reviews</source>
        <translation>Afficher uniquement les évaluations d&apos;un·e évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="25"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="26"/>
        <location filename="../../ui/reviewlist.ui" line="28"/>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="26"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="26"/>
        <source>Show only interviews or decisions on or after this date</source>
        <translation>Afficher uniquement les entretiens ou décisions à partir de cette date</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="27"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="28"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="28"/>
        <source>Show only interviews or decisions on or before this date</source>
        <translation>Afficher uniquement les entretiens ou décisions jusqu&apos;à cette date</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="30"/>
        <source>Add to &amp;batch…</source>
        <translation>Ajouter au &amp;lot…</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="30"/>
        <source>Add selected reviews to a batch</source>
        <translation>Ajouter les évaluations sélectionnées à un lot</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="31"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="38"/>
        <source>Reviews from the dashboard</source>
        <translation>Évaluations issues du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="48"/>
        <source>Show all reviews</source>
        <translation>Afficher toutes les évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="49"/>
        <source>Stop limiting the list to the reviews chosen on the dashboard; the filters stay</source>
        <translation>Ne plus limiter la liste aux évaluations choisies dans le tableau de bord&#xa0;; les filtres restent</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="59"/>
        <source>No reviews yet</source>
        <translation>Aucune évaluation pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="60"/>
        <source>To review a case, choose &lt;b&gt;New review&lt;/b&gt; (Ctrl+N), enter the case reference, unit and product, then work through the checklist. The quality band (QS1–QS5) is worked out as you go and every change is saved at once.</source>
        <translation>Pour évaluer un dossier, choisissez &lt;b&gt;Nouvelle évaluation&lt;/b&gt; (Ctrl+N), saisissez la référence du dossier, l&apos;unité et le type, puis parcourez la grille. Le niveau de qualité (QS1–QS5) est calculé au fur et à mesure et chaque modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="63"/>
        <source>Start a new review</source>
        <translation>Commencer une nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="76"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/reviewlist.ui" line="77"/>
        <source>Press Enter or double-click to open a review</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir une évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="322"/>
        <source>All products</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="323"/>
        <source>All streams</source>
        <translation>Toutes les filières</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="324"/>
        <source>All bands</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="325"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="336"/>
        <source>Centre&apos;s state or open queries</source>
        <translation>État au centre ou demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="337"/>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="338"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="338"/>
        <source>Has issues</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="339"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="339"/>
        <source>Open queries</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="345"/>
        <source>Decision maker&apos;s reply</source>
        <translation>Réponse du décideur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="346"/>
        <source>Any reply</source>
        <translation>Toute réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="347"/>
        <source>Awaiting reply</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="347"/>
        <source>Reply received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="348"/>
        <source>In arbitration</source>
        <translation>En arbitrage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="348"/>
        <source>Resolved</source>
        <translation>Tranchée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="349"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="349"/>
        <source>Feedback not issued</source>
        <translation>Retour non communiqué</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="383"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="384"/>
        <source>All reviewers</source>
        <translation>Tou·tes les évaluateur·rices</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="482"/>
        <source>Showing {n} review from the dashboard: {description}</source>
        <translation>{n} évaluation issue du tableau de bord&#xa0;: {description}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="483"/>
        <source>Showing {n} reviews from the dashboard: {description}</source>
        <translation>{n} évaluations issues du tableau de bord&#xa0;: {description}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="550"/>
        <source>{shown} of {total} reviews match the filters</source>
        <translation>{shown} évaluations sur {total} correspondent aux filtres</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="553"/>
        <source>{total} reviews</source>
        <translation>{total} évaluations</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="90"/>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="91"/>
        <source>1 day left</source>
        <translation>1 j restant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="92"/>
        <source>{n} days left</source>
        <translation>{n} j restants</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="103"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="104"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="105"/>
        <source>Product</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="106"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="107"/>
        <source>Stream</source>
        <translation>Filière</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="108"/>
        <source>Reviewer</source>
        <translation>Évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="109"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="110"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="111"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="112"/>
        <source>Queries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="113"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="114"/>
        <source>Last change</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="127"/>
        <source>{status} (collated)</source>
        <translation>{status} (consolidée)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="201"/>
        <source>Collated from {file}; read-only here</source>
        <translation>Consolidée depuis {file}&#xa0;; en lecture seule ici</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_list.py" line="204"/>
        <source>{n} open queries from the centre</source>
        <translation>{n} demandes ouvertes du centre</translation>
    </message>
</context>
<context>
    <name>RoundTrips</name>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="37"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="37"/>
        <source>Has issues</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="38"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="38"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="39"/>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="39"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="24"/>
        <source>&amp;Centre</source>
        <translation>C&amp;entre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="28"/>
        <source>Set review &amp;state…</source>
        <translation>Fixer l&apos;é&amp;tat des évaluations…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="30"/>
        <source>&amp;Raise a query…</source>
        <translation>&amp;Poser une demande…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="32"/>
        <source>&amp;Queries…</source>
        <translation>&amp;Demandes…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="34"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="36"/>
        <source>Collated &amp;workbooks…</source>
        <translation>Classeurs cons&amp;olidés…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="39"/>
        <source>&amp;Export queries workbook…</source>
        <translation>E&amp;xporter le classeur de demandes…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/centre_menu.py" line="41"/>
        <source>&amp;Import queries workbook…</source>
        <translation>&amp;Importer un classeur de demandes…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="66"/>
        <source>Set review state</source>
        <translation>Fixer l&apos;état des évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="68"/>
        <source>Select the collated reviews in the list first (Ctrl+click or Shift+click for several), or open one.</source>
        <translation>Sélectionnez d&apos;abord les évaluations consolidées dans la liste (Ctrl+clic ou Maj+clic pour plusieurs), ou ouvrez-en une.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="84"/>
        <source>What is the issue? (the reviewer sees it with the review&apos;s state)</source>
        <translation>Qu&apos;y a-t-il à revoir&#xa0;? (l&apos;évaluateur·rice le voit avec l&apos;état de l&apos;évaluation)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="85"/>
        <source>Why does the state go back?</source>
        <translation>Pourquoi l&apos;état revient-il en arrière&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="73"/>
        <source>State of the selected review:</source>
        <translation>État de l&apos;évaluation sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="74"/>
        <source>State of the {n} selected reviews:</source>
        <translation>État des {n} évaluations sélectionnées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="93"/>
        <source>{n} review now {state}</source>
        <translation>{n} évaluation, désormais à l&apos;état «&#xa0;{state}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="94"/>
        <source>{n} reviews now {state}</source>
        <translation>{n} évaluations, désormais à l&apos;état «&#xa0;{state}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="104"/>
        <source>Raise a query</source>
        <translation>Poser une demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="107"/>
        <source>Open or select one collated review first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord une évaluation consolidée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="111"/>
        <source>The review as a whole</source>
        <translation>L&apos;évaluation dans son ensemble</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="117"/>
        <source>What is the query about?</source>
        <translation>Sur quoi porte la demande&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="121"/>
        <source>The query for {who} on {case} ({about}):</source>
        <translation>La demande à {who} sur {case} ({about})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="122"/>
        <source>the review</source>
        <translation>l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="129"/>
        <source>Query raised; send it with Centre ▸ Export queries workbook…</source>
        <translation>Demande posée&#xa0;; envoyez-la avec Centre ▸ Exporter le classeur de demandes…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="155"/>
        <source>Export queries workbook</source>
        <translation>Exporter le classeur de demandes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="158"/>
        <source>There are no reviews in this database.</source>
        <translation>Cette base ne contient aucune évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="160"/>
        <source>For which reviewer?</source>
        <translation>Pour quel·le évaluateur·rice&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="165"/>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="190"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="176"/>
        <source>{file} could not be written ({why}). Nothing was written under that name.</source>
        <translation>{file} n&apos;a pas pu être écrit ({why}). Rien n&apos;a été écrit sous ce nom.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="180"/>
        <source>Wrote {file}: {q} queries and {s} review states for {who}. Give it to {who} to import on their laptop.</source>
        <translation>{file} écrit&#xa0;: {q} demandes et {s} états d&apos;évaluation pour {who}. Remettez-le à {who}, qui l&apos;importera sur son ordinateur.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="189"/>
        <source>Import queries workbook</source>
        <translation>Importer un classeur de demandes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="202"/>
        <source>{file}: {new} new queries, {closed} closed by the centre, {states} review states changed.</source>
        <translation>{file}&#xa0;: {new} nouvelles demandes, {closed} closes par le centre, {states} états d&apos;évaluation modifiés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="585"/>
        <source>1 open query</source>
        <translation>1 demande ouverte</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="585"/>
        <source>{n} open queries</source>
        <translation>{n} demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="587"/>
        <source>1 answered query to close</source>
        <translation>1 demande répondue à clore</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="588"/>
        <source>{n} answered queries to close</source>
        <translation>{n} demandes répondues à clore</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="591"/>
        <source>{n} feedback sheet awaiting a reply</source>
        <translation>{n} fiche de retour en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="592"/>
        <source>{n} feedback sheets awaiting a reply</source>
        <translation>{n} fiches de retour en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="595"/>
        <source>{n} reply with disputes to settle</source>
        <translation>{n} réponse avec des contestations à trancher</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="596"/>
        <source>{n} replies with disputes to settle</source>
        <translation>{n} réponses avec des contestations à trancher</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="599"/>
        <source>Centre ▸ Queries… (Ctrl+Shift+Q)</source>
        <translation>Centre ▸ Demandes… (Ctrl+Maj+Q)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="600"/>
        <source>Review ▸ Decision maker&apos;s reply…</source>
        <translation>Évaluation ▸ Réponse du décideur…</translation>
    </message>
</context>
<context>
    <name>SampledCasesDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="120"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="121"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="122"/>
        <source>Product</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="123"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="124"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="125"/>
        <source>Decision maker</source>
        <translation>Agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="126"/>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="127"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="128"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="129"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="130"/>
        <source>Review in progress</source>
        <translation>Évaluation en cours</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="131"/>
        <source>Review complete</source>
        <translation>Évaluation terminée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="921"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="922"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="946"/>
        <source>Sampled cases</source>
        <translation>Dossiers échantillonnés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="927"/>
        <source>&amp;Batch</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="929"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="932"/>
        <source>&amp;Pending only</source>
        <translation>En &amp;attente seulement</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="942"/>
        <source>Sampled cases summary</source>
        <translation>Résumé des dossiers échantillonnés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="954"/>
        <source>Reviewer</source>
        <translation>Évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="957"/>
        <source>Decision maker&apos;s staff reference</source>
        <translation>Matricule de l&apos;agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="958"/>
        <source>e.g. DM4411 (never a name)</source>
        <translation>p. ex. DM4411 (jamais un nom)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="962"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="964"/>
        <source>&amp;Reviewer</source>
        <translation>É&amp;valuateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="964"/>
        <source>&amp;Decision maker</source>
        <translation>Agent &amp;décisionnaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="976"/>
        <source>&amp;Start review</source>
        <translation>&amp;Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="994"/>
        <source>All batches</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="997"/>
        <source>{batch} ({n} pending)</source>
        <translation>{batch} ({n} en attente)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1009"/>
        <source>No sampled cases yet: draw a sample first (Draw a sample…).</source>
        <translation>Aucun dossier échantillonné pour l&apos;instant&#xa0;: tirez d&apos;abord un échantillon (Tirer un échantillon…).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1011"/>
        <source>{n} sampled case, none pending: it has its review or was skipped. Clear Pending only to see it.</source>
        <translation>{n} dossier échantillonné, aucun en attente&#xa0;: il a son évaluation ou a été écarté. Décochez En attente seulement pour le voir.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1013"/>
        <source>{n} sampled cases, none pending: every one has its review or was skipped. Clear Pending only to see them.</source>
        <translation>{n} dossiers échantillonnés, aucun en attente&#xa0;: chacun a son évaluation ou a été écarté. Décochez En attente seulement pour les voir.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1016"/>
        <source>{n} sampled case, {pending} pending.</source>
        <translation>{n} dossier échantillonné, {pending} en attente.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1017"/>
        <source>{n} sampled cases, {pending} pending.</source>
        <translation>{n} dossiers échantillonnés, {pending} en attente.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1018"/>
        <source> Choose a pending case and Start review (or double-click it): the review is created with its header filled in from the case list and put in the batch.</source>
        <translation> Choisissez un dossier en attente puis Commencer l&apos;évaluation (ou double-cliquez dessus)&#xa0;: l&apos;évaluation est créée avec son en-tête rempli d&apos;après la liste de dossiers et placée dans le lot.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1060"/>
        <source>The case list had no decision maker for this case: enter the staff reference.</source>
        <translation>La liste de dossiers n&apos;indiquait pas d&apos;agent décisionnaire pour ce dossier&#xa0;: saisissez son matricule.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1071"/>
        <source>Enter the reviewer (your name or initials).</source>
        <translation>Indiquez l&apos;évaluateur·rice (votre nom ou vos initiales).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1079"/>
        <source>Start review</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>SamplingDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="109"/>
        <source>No: simple random sample</source>
        <translation>Non&#xa0;: échantillon aléatoire simple</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="110"/>
        <source>By unit</source>
        <translation>Par unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="111"/>
        <source>By unit and product</source>
        <translation>Par unité et par type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="112"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="255"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="113"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="114"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="115"/>
        <source>Product</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="116"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="118"/>
        <source>Decision maker</source>
        <translation>Agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="119"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="189"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="190"/>
        <source>Draw a sample of cases</source>
        <translation>Tirer un échantillon de dossiers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="205"/>
        <source>Draw the cases to review from a case list (CSV or spreadsheet: case reference, unit, product, outcome, date; columns are found by their names). Cases already reviewed or sampled are left out. The draw is reproducible from the file and the seed, and it is recorded.</source>
        <translation>Tirez les dossiers à évaluer d&apos;une liste de dossiers (CSV ou classeur&#xa0;: référence du dossier, unité, type, issue, date&#xa0;; les colonnes sont repérées par leur nom). Les dossiers déjà évalués ou échantillonnés sont écartés. Le tirage est reproductible à partir du fichier et du germe, et il est enregistré.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="213"/>
        <source>Case &amp;list</source>
        <translation>&amp;Liste de dossiers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="216"/>
        <source>Choose the case list: a .csv or .xlsx file</source>
        <translation>Choisissez la liste de dossiers&#xa0;: un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="217"/>
        <source>Case list file</source>
        <translation>Fichier de la liste de dossiers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="221"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="224"/>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="225"/>
        <source>Read the same file again, after correcting it</source>
        <translation>Relire le même fichier, après l&apos;avoir corrigé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="228"/>
        <source>Product of every case when the file has no product column</source>
        <translation>Type de chaque dossier lorsque le fichier n&apos;a pas de colonne de type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="229"/>
        <source>from the file&apos;s product column</source>
        <translation>d&apos;après la colonne de type du fichier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="230"/>
        <source>every case is a decision</source>
        <translation>chaque dossier est une décision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="231"/>
        <source>every case is an interview</source>
        <translation>chaque dossier est un entretien</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="232"/>
        <source>For a list of one product that has no Product column</source>
        <translation>Pour une liste d&apos;un seul type sans colonne Type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="234"/>
        <source>&amp;Product</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="248"/>
        <source>How the case list was read</source>
        <translation>Comment la liste de dossiers a été lue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="254"/>
        <source>Cases as read from the file</source>
        <translation>Dossiers tels que lus dans le fichier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="255"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="255"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="256"/>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="259"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="564"/>
        <source>Cases read</source>
        <translation>Dossiers lus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="260"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="565"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="279"/>
        <source>Ready to draw</source>
        <translation>Prêt pour le tirage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="281"/>
        <source>&amp;Draw</source>
        <translation>&amp;Tirer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="282"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="832"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="855"/>
        <source>Draw the sample</source>
        <translation>Tirer l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="296"/>
        <source>The sample</source>
        <translation>L&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="301"/>
        <source>&amp;Rate</source>
        <translation>T&amp;aux</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="308"/>
        <source>Sampling rate in percent</source>
        <translation>Taux d&apos;échantillonnage en pourcentage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="309"/>
        <source>A share of the whole list, rounded up (2% of 3,040 is 61): the routine rate is 2%</source>
        <translation>Une part de la liste entière, arrondie à l&apos;unité supérieure (2&#xa0;% de 3&#xa0;040 donne 61)&#xa0;: le taux de routine est de 2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="311"/>
        <source>&amp;Fixed size</source>
        <translation>Taille fi&amp;xe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="315"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="436"/>
        <source> cases</source>
        <translation> dossiers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="316"/>
        <source>Fixed sample size</source>
        <translation>Taille fixe de l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="326"/>
        <source>&amp;Stratify</source>
        <translation>&amp;Stratifier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="331"/>
        <source>Stratify</source>
        <translation>Stratifier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="332"/>
        <source>Proportional allocation over the strata, fractions settled by largest remainder, so the strata add up to the sample</source>
        <translation>Répartition proportionnelle entre les strates, les fractions étant réglées par la méthode du plus fort reste, de sorte que les strates totalisent l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="335"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="696"/>
        <source>At least, per &amp;unit</source>
        <translation>Au moins, par &amp;unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="339"/>
        <source>no minimum</source>
        <translation>aucun minimum</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="340"/>
        <source>Minimum cases per unit</source>
        <translation>Nombre minimal de dossiers par unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="341"/>
        <source>Each stratum gets at least this many (all it has, if fewer); this can make the sample larger than asked</source>
        <translation>Chaque strate en reçoit au moins autant (tous ceux qu&apos;elle contient, s&apos;il y en a moins)&#xa0;; l&apos;échantillon peut ainsi dépasser la taille demandée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="349"/>
        <source>S&amp;eed</source>
        <translation>&amp;Germe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="353"/>
        <source>Random seed</source>
        <translation>Germe aléatoire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="354"/>
        <source>The same file, method and seed always draw the same cases; the seed is recorded with the draw</source>
        <translation>Le même fichier, la même méthode et le même germe tirent toujours les mêmes dossiers&#xa0;; le germe est enregistré avec le tirage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="357"/>
        <source>New seed</source>
        <translation>Nouveau germe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="361"/>
        <source>St&amp;ream</source>
        <translation>&amp;Filière</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="365"/>
        <source>Review stream of the reviews started from the sample</source>
        <translation>Filière des évaluations commencées à partir de l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="372"/>
        <source>&amp;Batch</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="375"/>
        <source>e.g. Glasgow — routine sample — Oct 2025 (created if new)</source>
        <translation>p. ex. Glasgow — échantillon de routine — oct. 2025 (créé s&apos;il est nouveau)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="376"/>
        <source>Batch to put the drawn cases in</source>
        <translation>Lot dans lequel placer les dossiers tirés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="384"/>
        <source>Planned sample</source>
        <translation>Échantillon prévu</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="387"/>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="387"/>
        <source>In the list</source>
        <translation>Dans la liste</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="387"/>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="387"/>
        <source>Eligible</source>
        <translation>Éligibles</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="387"/>
        <source>Planned</source>
        <translation>Prévus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="388"/>
        <source>Planned sample by stratum</source>
        <translation>Échantillon prévu par strate</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="407"/>
        <source>Precision: sample size calculator</source>
        <translation>Précision&#xa0;: calcul de la taille d&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="416"/>
        <source>Expected share in percent</source>
        <translation>Part attendue en pourcentage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="417"/>
        <source>The share you expect, e.g. 54% satisfactory; 50% is the most cautious (it needs the largest sample)</source>
        <translation>La part que vous attendez, p. ex. 54&#xa0;% de satisfaisantes&#xa0;; 50&#xa0;% est l&apos;hypothèse la plus prudente (elle exige l&apos;échantillon le plus grand)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="424"/>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="426"/>
        <source>Margin in percentage points</source>
        <translation>Marge en points de pourcentage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="431"/>
        <source>Confidence level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="435"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="437"/>
        <source>Population size</source>
        <translation>Taille de la population</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="438"/>
        <source>Filled in from the case list; with no list, type it or leave it unknown</source>
        <translation>Renseignée d&apos;après la liste de dossiers&#xa0;; sans liste, saisissez-la ou laissez-la inconnue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="440"/>
        <source>Expected s&amp;hare</source>
        <translation>&amp;Part attendue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="441"/>
        <source>&amp;Margin</source>
        <translation>&amp;Marge</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="442"/>
        <source>C&amp;onfidence</source>
        <translation>Co&amp;nfiance</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="443"/>
        <source>Popula&amp;tion (N)</source>
        <translation>Populat&amp;ion (N)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="449"/>
        <source>Sample size needed</source>
        <translation>Taille d&apos;échantillon nécessaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="453"/>
        <source>How the sample size is worked out</source>
        <translation>Comment la taille d&apos;échantillon est calculée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="457"/>
        <source>Precision of the planned sample</source>
        <translation>Précision de l&apos;échantillon prévu</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="458"/>
        <source>Use as the fixed size</source>
        <translation>Utiliser comme taille fixe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="459"/>
        <source>Draw the number of cases the calculator needs</source>
        <translation>Tirer le nombre de dossiers requis par le calcul</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="482"/>
        <source>The draw</source>
        <translation>Le tirage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="488"/>
        <source>Sampling record</source>
        <translation>Procès-verbal d&apos;échantillonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="491"/>
        <source>&amp;Start a review from a drawn case…</source>
        <translation>&amp;Démarrer une évaluation à partir d&apos;un dossier tiré…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="504"/>
        <source>Choose the case list</source>
        <translation>Choisir la liste de dossiers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="505"/>
        <source>Case lists ({patterns});;All files (*)</source>
        <translation>Listes de dossiers ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="518"/>
        <source>simple random</source>
        <translation>aléatoire simple</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="519"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="519"/>
        <source>product</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="520"/>
        <source>stratified random (by {fields})</source>
        <translation>aléatoire stratifié (par {fields})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="527"/>
        <source>reading the rows</source>
        <translation>lecture des lignes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="527"/>
        <source>finding cases already reviewed or sampled</source>
        <translation>recherche des dossiers déjà évalués ou échantillonnés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="541"/>
        <source>Read the case list</source>
        <translation>Lire la liste de dossiers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="542"/>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="544"/>
        <source>Reading {file} was cancelled.</source>
        <translation>La lecture de {file} a été annulée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="548"/>
        <source>Could not read {file}: {error}</source>
        <translation>Impossible de lire {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="553"/>
        <source>{file} — sample — {date}</source>
        <translation>{file} — échantillon — {date}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="567"/>
        <source>(no column)</source>
        <translation>(aucune colonne)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="589"/>
        <source>Cases read (first {shown} of {total})</source>
        <translation>Dossiers lus ({shown} premiers sur {total})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="591"/>
        <source>Cases read ({total})</source>
        <translation>Dossiers lus ({total})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="593"/>
        <source>Problems (none)</source>
        <translation>Problèmes (aucun)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="609"/>
        <source> Columns not used: {columns}.</source>
        <translation> Colonnes non utilisées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="613"/>
        <source>Problems ({n})</source>
        <translation>Problèmes ({n})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="615"/>
        <source>{file} has {n} problem: nothing can be drawn from it.</source>
        <translation>{file} comporte {n} problème&#xa0;: aucun tirage n&apos;est possible.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="616"/>
        <source>{file} has {n} problems: nothing can be drawn from it.</source>
        <translation>{file} comporte {n} problèmes&#xa0;: aucun tirage n&apos;est possible.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="619"/>
        <source> {n} row read, {good} good.</source>
        <translation> {n} ligne lue, {good} correcte.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="620"/>
        <source> {n} rows read, {good} of them good.</source>
        <translation> {n} lignes lues, dont {good} correctes.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="621"/>
        <source> Each problem is listed under &lt;i&gt;Problems&lt;/i&gt; by row and column; correct the file, then choose &lt;i&gt;Read again&lt;/i&gt;.</source>
        <translation> Chaque problème figure sous &lt;i&gt;Problèmes&lt;/i&gt; par ligne et colonne&#xa0;; corrigez le fichier, puis choisissez &lt;i&gt;Relire&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="630"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows read, &lt;b&gt;{cases} cases&lt;/b&gt; ({products}); </source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&#xa0;: {rows} lignes lues, &lt;b&gt;{cases} dossiers&lt;/b&gt; ({products})&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="632"/>
        <source>{left_out} already reviewed or sampled are left out, so {left} can be drawn. </source>
        <translation>{left_out} déjà évalués ou échantillonnés sont écartés, il en reste donc {left} à tirer. </translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="634"/>
        <source>none is already reviewed or sampled. </source>
        <translation>aucun n&apos;est déjà évalué ou échantillonné. </translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="635"/>
        <source>By unit: {units}.</source>
        <translation>Par unité&#xa0;: {units}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="645"/>
        <source>Give a seed (any whole number; New seed picks one).</source>
        <translation>Indiquez un germe (n&apos;importe quel nombre entier&#xa0;; Nouveau germe en choisit un).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="648"/>
        <source>The seed is at most {max}.</source>
        <translation>Le germe ne peut dépasser {max}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="697"/>
        <source>At least, per &amp;stratum</source>
        <translation>Au moins, par strat&amp;e</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="712"/>
        <source>{rate}% of the list, rounded up</source>
        <translation>{rate}&#xa0;% de la liste, arrondi à l&apos;unité supérieure</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="714"/>
        <source>{n} cases</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="715"/>
        <source>Planned sample: {how}. Choose the case list to see the cases per unit.</source>
        <translation>Échantillon prévu&#xa0;: {how}. Choisissez la liste de dossiers pour voir les dossiers par unité.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="718"/>
        <source>No sample can be planned until the file&apos;s problems are corrected.</source>
        <translation>Aucun échantillon ne peut être prévu tant que les problèmes du fichier ne sont pas corrigés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="727"/>
        <source>{rate}% of {total}, rounded up</source>
        <translation>{rate}&#xa0;% de {total}, arrondi à l&apos;unité supérieure</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="729"/>
        <source>fixed size</source>
        <translation>taille fixe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="730"/>
        <source>Note: {note}</source>
        <translation>Remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="732"/>
        <source>Planned sample: &lt;b&gt;{n} cases&lt;/b&gt; ({how}; {method})</source>
        <translation>Échantillon prévu&#xa0;: &lt;b&gt;{n} dossiers&lt;/b&gt; ({how}&#xa0;; {method})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="755"/>
        <source>To estimate a share of about {share}% within ±{margin} points at {confidence} confidence, review &lt;b&gt;{n} cases&lt;/b&gt;</source>
        <translation>Pour estimer une part d&apos;environ {share}&#xa0;% à ±{margin} points près avec une confiance de {confidence}, évaluez &lt;b&gt;{n} dossiers&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="758"/>
        <source> of {population}.</source>
        <translation> sur {population}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="759"/>
        <source> (population unknown).</source>
        <translation> (population inconnue).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="764"/>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="766"/>
        <source>(rounded up)</source>
        <translation>(arrondi à l&apos;unité supérieure)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="768"/>
        <source>Use {n} as the fixed size</source>
        <translation>Utiliser {n} comme taille fixe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="771"/>
        <source>The precision of the planned sample shows here once a case list is read.</source>
        <translation>La précision de l&apos;échantillon prévu s&apos;affiche ici une fois la liste de dossiers lue.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="779"/>
        <source>The planned sample of &lt;b&gt;{n}&lt;/b&gt; gives &lt;b&gt;±{margin} points&lt;/b&gt; at {confidence} confidence</source>
        <translation>L&apos;échantillon prévu de &lt;b&gt;{n}&lt;/b&gt; donne &lt;b&gt;±{margin} points&lt;/b&gt; avec une confiance de {confidence}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="783"/>
        <source>meets the ±{margin} wanted.</source>
        <translation>atteint les ±{margin} souhaités.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="786"/>
        <source>wider than the ±{margin} wanted, which needs {n}.</source>
        <translation>plus large que les ±{margin} souhaités, qui exigent {n}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="788"/>
        <source> Fine for routine sampling; to report a share that precisely, draw more.</source>
        <translation> Convient à l&apos;échantillonnage de routine&#xa0;; pour rendre compte d&apos;une part avec cette précision, tirez-en davantage.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="794"/>
        <source>Name the batch the drawn cases go into.</source>
        <translation>Nommez le lot dans lequel vont les dossiers tirés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="797"/>
        <source>the new batch &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>le nouveau lot &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="799"/>
        <source>Batch &apos;{name}&apos; is signed off; name a new batch.</source>
        <translation>Le lot «&#xa0;{name}&#xa0;» est validé&#xa0;; nommez un nouveau lot.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="800"/>
        <source>the existing batch &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>le lot existant &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="805"/>
        <source>Choose the case list to draw from.</source>
        <translation>Choisissez la liste de dossiers dans laquelle tirer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="807"/>
        <source>Correct the problems in the file first.</source>
        <translation>Corrigez d&apos;abord les problèmes du fichier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="816"/>
        <source>Ready to draw {n} cases (seed {seed}) into {where}.</source>
        <translation>Prêt à tirer {n} dossiers (germe {seed}) dans {where}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="833"/>
        <source>Draw {n} of the {total} cases in {file} into the batch &apos;{batch}&apos;?

The draw is recorded (file checksum, method, seed, strata) and cannot be undone; the cases wait in the batch until a review is started from each.</source>
        <translation>Tirer {n} des {total} dossiers de {file} dans le lot «&#xa0;{batch}&#xa0;»&#xa0;?

Le tirage est enregistré (somme de contrôle du fichier, méthode, germe, strates) et ne peut pas être annulé&#xa0;; les dossiers attendent dans le lot jusqu&apos;à ce qu&apos;une évaluation soit commencée pour chacun.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="840"/>
        <source>checking the file is the one read</source>
        <translation>vérification que le fichier est bien celui qui a été lu</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="840"/>
        <source>drawing</source>
        <translation>tirage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="840"/>
        <source>recording the draw</source>
        <translation>enregistrement du tirage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="841"/>
        <source>{file} has changed since it was read. Choose Read again, check the cases, then draw.</source>
        <translation>{file} a changé depuis sa lecture. Choisissez Relire, vérifiez les dossiers, puis lancez le tirage.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="858"/>
        <source>Drawing from {file}</source>
        <translation>Tirage dans {file}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="879"/>
        <source>&lt;b&gt;Drawn: {n} cases into the batch &apos;{batch}&apos;.&lt;/b&gt; {pending} are pending: each waits in the batch until a review is started from it (&lt;i&gt;Start a review from a drawn case&lt;/i&gt;, or later from the Sampling menu). The record of the draw is stored; anyone can check it with the same file and the seed.</source>
        <translation>&lt;b&gt;Tirés&#xa0;: {n} dossiers dans le lot «&#xa0;{batch}&#xa0;».&lt;/b&gt; {pending} sont en attente&#xa0;: chacun attend dans le lot qu&apos;une évaluation soit commencée à partir de lui (&lt;i&gt;Démarrer une évaluation à partir d&apos;un dossier tiré&lt;/i&gt;, ou plus tard depuis le menu Échantillonnage). Le procès-verbal du tirage est enregistré&#xa0;; chacun peut le vérifier avec le même fichier et le germe.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="884"/>
        <source>Drawn cases ({n}):</source>
        <translation>Dossiers tirés ({n})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="885"/>
        <source>(row {row}, {stratum})</source>
        <translation>(ligne {row}, {stratum})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="891"/>
        <source>To check it later: {command}</source>
        <translation>Pour le vérifier plus tard&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="894"/>
        <source>Sample drawn — {batch}</source>
        <translation>Échantillon tiré — {batch}</translation>
    </message>
</context>
<context>
    <name>SatisfactionGauge</name>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="242"/>
        <source>Satisfactory share</source>
        <translation>Part satisfaisante</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="254"/>
        <source>{n} of {total} ({pct}%) satisfactory, 95% interval {interval}, target {target}%. Enter lists the satisfactory reviews.</source>
        <translation>{n} sur {total} ({pct}&#xa0;%) satisfaisantes, intervalle à 95&#xa0;% {interval}, objectif {target}&#xa0;%. Entrée affiche les évaluations satisfaisantes.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="259"/>
        <source>No complete reviews</source>
        <translation>Aucune évaluation terminée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="282"/>
        <source>Satisfactory (QS1+QS2): {n} of {total} ({pct}%)
95% interval {interval}; target {target}%
Click to list them.</source>
        <translation>Satisfaisantes (QS1+QS2)&#xa0;: {n} sur {total} ({pct}&#xa0;%)
Intervalle à 95&#xa0;% {interval}&#xa0;; objectif {target}&#xa0;%
Cliquez pour les afficher.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="318"/>
        <source>target {target}%</source>
        <translation>objectif {target}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../qpp_reviewer/qt/tasks.py" line="73"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TemplateDiffDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="470"/>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="471"/>
        <source>Compare checklist versions</source>
        <translation>Comparer des versions de grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="476"/>
        <source>Earlier version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="478"/>
        <source>Later version</source>
        <translation>Version ultérieure</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="483"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="483"/>
        <source>&amp;to</source>
        <translation>&amp;vers</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="517"/>
        <source>These are different templates ({old} and {new}); usually you compare two versions of one.</source>
        <translation>Ce sont des modèles différents ({old} et {new})&#xa0;; on compare généralement deux versions d&apos;un même modèle.</translation>
    </message>
</context>
<context>
    <name>TemplateDiffView</name>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="264"/>
        <source>Summary of the changes</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="269"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="269"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="270"/>
        <source>Changes between the versions</source>
        <translation>Modifications entre les versions</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="289"/>
        <source>The change in full</source>
        <translation>La modification en entier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="304"/>
        <source>&lt;b&gt;{new}&lt;/b&gt; says exactly what &lt;b&gt;{old}&lt;/b&gt; says: no differences.</source>
        <translation>&lt;b&gt;{new}&lt;/b&gt; dit exactement ce que dit &lt;b&gt;{old}&lt;/b&gt;&#xa0;: aucune différence.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="309"/>
        <source>From &lt;b&gt;{old}&lt;/b&gt; to &lt;b&gt;{new}&lt;/b&gt;: {added} added, {removed} removed, {changed} reworded, {moved} moved</source>
        <translation>De &lt;b&gt;{old}&lt;/b&gt; à &lt;b&gt;{new}&lt;/b&gt;&#xa0;: ajouts&#xa0;: {added}, suppressions&#xa0;: {removed}, reformulations&#xa0;: {changed}, déplacements&#xa0;: {moved}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="312"/>
        <source>; template details changed ({fields})</source>
        <translation>&#xa0;; détails du modèle modifiés ({fields})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="314"/>
        <source>. Select a change to read it in full.</source>
        <translation>. Sélectionnez une modification pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="328"/>
        <source>Reworded</source>
        <translation>Reformulés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="340"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="342"/>
        <source>new, in section {section}</source>
        <translation>nouveau, dans la section {section}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="347"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="349"/>
        <source>no longer in the checklist</source>
        <translation>ne figure plus dans la grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="353"/>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="357"/>
        <source>place in the order: {old} → {new}</source>
        <translation>place dans l&apos;ordre&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="361"/>
        <source>Template details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="390"/>
        <source>Select a change to read it in full.</source>
        <translation>Sélectionnez une modification pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="393"/>
        <source>Added</source>
        <comment>one criterion</comment>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="396"/>
        <source>Removed</source>
        <comment>one criterion</comment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="399"/>
        <source>&lt;b&gt;Moved&lt;/b&gt;: its place in the order changed; the wording did not.</source>
        <translation>&lt;b&gt;Déplacé&lt;/b&gt;&#xa0;: sa place dans l&apos;ordre a changé&#xa0;; pas sa formulation.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="109"/>
        <source>Words removed are &lt;span style=&apos;{deleted}&apos;&gt;struck through&lt;/span&gt;; words added are &lt;span style=&apos;{inserted}&apos;&gt;highlighted&lt;/span&gt;.</source>
        <translation>Les mots supprimés sont &lt;span style=&apos;{deleted}&apos;&gt;barrés&lt;/span&gt;&#xa0;; les mots ajoutés sont &lt;span style=&apos;{inserted}&apos;&gt;surlignés&lt;/span&gt;.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="131"/>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="132"/>
        <source>section title</source>
        <translation>titre de la section</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="133"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="134"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="135"/>
        <source>guidance</source>
        <translation>orientations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="136"/>
        <source>special policy</source>
        <translation>politique spéciale</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="137"/>
        <source>applies to</source>
        <translation>s&apos;applique à</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="138"/>
        <source>product</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="139"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="140"/>
        <source>Template id</source>
        <translation>Identifiant du modèle</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="141"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="142"/>
        <source>Product</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="143"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="144"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="145"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="146"/>
        <source>Reviews using it</source>
        <translation>Évaluations qui l&apos;utilisent</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="147"/>
        <source>New reviews</source>
        <translation>Nouvelles évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="156"/>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="157"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="158"/>
        <source>assurance</source>
        <translation>contrôle d&apos;assurance</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="219"/>
        <source>every outcome</source>
        <translation>toutes les issues</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="220"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="221"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="222"/>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="223"/>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="224"/>
        <source>Special policy</source>
        <translation>Politique spéciale</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="225"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="242"/>
        <source>{n} word removed</source>
        <translation>{n} mot supprimé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="243"/>
        <source>{n} words removed</source>
        <translation>{n} mots supprimés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="244"/>
        <source>{n} word added</source>
        <translation>{n} mot ajouté</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="245"/>
        <source>{n} words added</source>
        <translation>{n} mots ajoutés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="246"/>
        <source>line breaks or spacing changed</source>
        <translation>sauts de ligne ou espacement modifiés</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="528"/>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="529"/>
        <source>Checklist templates</source>
        <translation>Modèles de grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="532"/>
        <source>The checklist templates in this database. A template that has been used is never changed: to change a checklist, export it, edit the spreadsheet, raise its version and import it. New reviews use the newest version for their product; each review keeps the version it was made with.</source>
        <translation>Les modèles de grille de cette base de données. Un modèle qui a été utilisé n&apos;est jamais modifié&#xa0;: pour modifier une grille, exportez-la, modifiez le classeur, augmentez sa version et importez-la. Les nouvelles évaluations utilisent la version la plus récente pour leur type&#xa0;; chaque évaluation conserve la version avec laquelle elle a été faite.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="539"/>
        <source>Installed template versions</source>
        <translation>Versions de modèles installées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="546"/>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Importer depuis un classeur…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="547"/>
        <source>&amp;Export to spreadsheet…</source>
        <translation>&amp;Exporter vers un classeur…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="548"/>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Comparer des versions…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="561"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="564"/>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="570"/>
        <source>Problems in the workbook</source>
        <translation>Problèmes dans le classeur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="569"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="569"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="569"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="569"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="601"/>
        <source>yes: new {product} reviews</source>
        <translation>oui&#xa0;: nouvelles évaluations de type «&#xa0;{product}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="654"/>
        <source>Import a checklist from a spreadsheet</source>
        <translation>Importer une grille depuis un classeur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="655"/>
        <source>Checklist workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs de grille (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="671"/>
        <source>{template} was not installed.</source>
        <translation>{template} n&apos;a pas été installé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="673"/>
        <source>Import checklist template</source>
        <translation>Importer un modèle de grille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="677"/>
        <source>Installed &lt;b&gt;{template}&lt;/b&gt; ({n} criteria) from {file}.</source>
        <translation>&lt;b&gt;{template}&lt;/b&gt; installé ({n} critères) depuis {file}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="684"/>
        <source>{file} cannot be imported: {n} problem. Nothing was installed.</source>
        <translation>{file} ne peut pas être importé&#xa0;: {n} problème. Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="685"/>
        <source>{file} cannot be imported: {n} problems. Nothing was installed.</source>
        <translation>{file} ne peut pas être importé&#xa0;: {n} problèmes. Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="688"/>
        <source>Correct the workbook (each problem names its sheet, row and column) and import it again.</source>
        <translation>Corrigez le classeur (chaque problème indique sa feuille, sa ligne et sa colonne) et importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="709"/>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="720"/>
        <source>Export {template}</source>
        <translation>Exporter {template}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="711"/>
        <source>Checklist workbooks (*.xlsx);;TOML checklist (*.toml)</source>
        <translation>Classeurs de grille (*.xlsx);;Grille TOML (*.toml)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/templates_dialog.py" line="723"/>
        <source>Wrote {template} ({n} criteria) to {file}. To make a new version: edit it, raise the version on the Template sheet, and import it.</source>
        <translation>{template} ({n} critères) écrit dans {file}. Pour créer une nouvelle version&#xa0;: modifiez-le, augmentez la version sur la feuille Template, puis importez-le.</translation>
    </message>
</context>
<context>
    <name>ThemesModel</name>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="176"/>
        <source> · special policy: {policy}</source>
        <translation> · politique spéciale&#xa0;: {policy}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="178"/>
        <source>{errors} of the {assessed} reviews that assessed it had an error ({pct}%)</source>
        <translation>{errors} des {assessed} évaluations qui l&apos;ont évalué comportaient une erreur ({pct}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="181"/>
        <source>Click to list the {n} reviews with a minor error.</source>
        <translation>Cliquez pour afficher les {n} évaluations avec une erreur mineure.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="183"/>
        <source>Click to list the {n} reviews with a significant error.</source>
        <translation>Cliquez pour afficher les {n} évaluations avec une erreur importante.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="185"/>
        <source>Click to list the {n} reviews with a fail error.</source>
        <translation>Cliquez pour afficher les {n} évaluations avec une erreur éliminatoire.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/dashboard.py" line="187"/>
        <source>Click to list the {n} reviews with an error.</source>
        <translation>Cliquez pour afficher les {n} évaluations avec une erreur.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="341"/>
        <source>Satisfactory share by month</source>
        <translation>Part satisfaisante par mois</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="347"/>
        <source>{month}: {pct}% of {total}</source>
        <translation>{month}&#xa0;: {pct}&#xa0;% de {total}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="351"/>
        <source>. Target {target}%. Arrows choose a month, Enter lists its reviews.</source>
        <translation>. Objectif {target}&#xa0;%. Les flèches choisissent un mois, Entrée affiche ses évaluations.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="374"/>
        <source>{month}: no complete reviews</source>
        <translation>{month}&#xa0;: aucune évaluation terminée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="375"/>
        <source> ({n} not complete)
Click to list them.</source>
        <translation> ({n} non terminées)
Cliquez pour les afficher.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="376"/>
        <source>{month}: {n} of {total} satisfactory ({pct}%), 95% interval {interval}
Click to list the month&apos;s reviews.</source>
        <translation>{month}&#xa0;: {n} sur {total} satisfaisantes ({pct}&#xa0;%), intervalle à 95&#xa0;% {interval}
Cliquez pour afficher les évaluations du mois.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="391"/>
        <source>No complete reviews in this selection</source>
        <translation>Aucune évaluation terminée dans cette sélection</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/charts.py" line="409"/>
        <source>- - target {target}%   ● share (QS1+QS2)   | 95% interval</source>
        <translation>- - objectif {target}&#xa0;%   ● part (QS1+QS2)   | intervalle à 95&#xa0;%</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="29"/>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="30"/>
        <source>Who is working</source>
        <translation>Qui travaille</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="32"/>
        <source>Every review, finding and sign-off records who made it. Choose yourself, or add a new reviewer profile.</source>
        <translation>Chaque évaluation, constat et validation enregistre qui l&apos;a fait. Choisissez votre nom, ou ajoutez un nouveau profil d&apos;évaluateur·rice.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="38"/>
        <source>Reviewer</source>
        <translation>Évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="40"/>
        <source>New reviewer&apos;s name or initials</source>
        <translation>Nom ou initiales du ou de la nouvel·le évaluateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="43"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="46"/>
        <source>&amp;Reviewer</source>
        <translation>É&amp;valuateur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="47"/>
        <source>&amp;Name or initials</source>
        <translation>&amp;Nom ou initiales</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="48"/>
        <source>R&amp;ole</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="62"/>
        <source>New reviewer…</source>
        <translation>Nouvel·le évaluateur·rice…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/people.py" line="80"/>
        <source>New reviewer</source>
        <translation>Nouvel·le évaluateur·rice</translation>
    </message>
</context>
<context>
    <name>WorkbooksDialog</name>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="459"/>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="476"/>
        <source>Collated workbooks</source>
        <translation>Classeurs consolidés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="463"/>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="463"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="463"/>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="464"/>
        <source>Has issues</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="464"/>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="479"/>
        <source>No workbook has been collated into this database.</source>
        <translation>Aucun classeur n&apos;a été consolidé dans cette base.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="480"/>
        <source>Enter lists a workbook&apos;s reviews, to select them and set their state (Centre ▸ Set review state…).</source>
        <translation>Entrée affiche les évaluations d&apos;un classeur, pour les sélectionner et en fixer l&apos;état (Centre ▸ Fixer l&apos;état des évaluations…).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="484"/>
        <source>&amp;List its reviews</source>
        <translation>&amp;Afficher ses évaluations</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="490"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/round_trips.py" line="516"/>
        <source>Showing the {n} reviews of {file}</source>
        <translation>Affichage des {n} évaluations de {file}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../qpp_reviewer/qt/app.py" line="118"/>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/app.py" line="145"/>
        <source>{error}

Start with --db PATH to use another file.</source>
        <translation>{error}

Lancez l&apos;application avec --db CHEMIN pour utiliser un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/app.py" line="153"/>
        <source>{file} is open. Choose who is working (in the window in front) to see the reviews.</source>
        <translation>{file} est ouverte. Choisissez qui travaille (dans la fenêtre au premier plan) pour voir les évaluations.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="60"/>
        <source>no criteria assessed yet</source>
        <translation>aucun critère évalué pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="61"/>
        <source>{minor} of {assessed} = {percent}% minor errors</source>
        <translation>{minor} sur {assessed} = {percent}&#xa0;% d&apos;erreurs mineures</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="81"/>
        <source>{n} assessed criterion</source>
        <translation>{n} critère évalué</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="81"/>
        <source>{n} assessed criteria</source>
        <translation>{n} critères évalués</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="85"/>
        <source>{n} minor error</source>
        <translation>{n} erreur mineure</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="85"/>
        <source>{n} minor errors</source>
        <translation>{n} erreurs mineures</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="93"/>
        <source>fail error in {criterion}</source>
        <translation>erreur éliminatoire au critère {criterion}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="94"/>
        <source>fail errors in {criterion} and {more} more</source>
        <translation>erreurs éliminatoires au critère {criterion} et {more} de plus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="97"/>
        <source>significant error in {criterion}</source>
        <translation>erreur importante au critère {criterion}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="98"/>
        <source>significant errors in {criterion} and {more} more</source>
        <translation>erreurs importantes au critère {criterion} et {more} de plus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="156"/>
        <source>QS5 — {what} (special policy: {policy})</source>
        <translation>QS5 — {what} (politique spéciale&#xa0;: {policy})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="165"/>
        <source>QS4 or QS5 — {what}: judge whether the outcome is probably correct or probably wrong</source>
        <translation>QS4 ou QS5 — {what}&#xa0;: appréciez si l&apos;issue est probablement correcte ou probablement erronée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="171"/>
        <source>QS5 — {what}, outcome probably wrong</source>
        <translation>QS5 — {what}, issue probablement erronée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="173"/>
        <source>QS4 — {what}, outcome probably correct</source>
        <translation>QS4 — {what}, issue probablement correcte</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="176"/>
        <source>QS3 — {what}</source>
        <translation>QS3 — {what}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="181"/>
        <source>No criteria assessed yet</source>
        <translation>Aucun critère évalué pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="182"/>
        <source>No band — every criterion is marked not applicable; assess at least one</source>
        <translation>Pas de niveau — tous les critères sont marqués sans objet&#xa0;; évaluez-en au moins un</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="189"/>
        <source>QS2 — {minors} in {assessed} ({percent}%, 20% or more)</source>
        <translation>QS2 — {minors} sur {assessed} ({percent}&#xa0;%, 20&#xa0;% ou plus)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="194"/>
        <source>QS1 — {minors} in {assessed} ({percent}%, under 20%)</source>
        <translation>QS1 — {minors} sur {assessed} ({percent}&#xa0;%, moins de 20&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/scoring.py" line="197"/>
        <source>QS1 — no errors in {assessed}</source>
        <translation>QS1 — aucune erreur sur {assessed}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="29"/>
        <source>A comment</source>
        <translation>Un commentaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="30"/>
        <source>the reason for reopening</source>
        <translation>le motif de la réouverture</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="31"/>
        <source>The reason for reopening</source>
        <translation>Le motif de la réouverture</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="32"/>
        <source>the reason for revoking the key</source>
        <translation>le motif de la révocation de la clé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="33"/>
        <source>The reason for revoking the key</source>
        <translation>Le motif de la révocation de la clé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="51"/>
        <source>Criterion {criterion}: the agreed comment</source>
        <translation>Critère {criterion}&#xa0;: le commentaire convenu</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="52"/>
        <source>Criterion {criterion}: the note</source>
        <translation>Critère {criterion}&#xa0;: la note</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="66"/>
        <source>{what} is at most {limit} characters; this one has {n}. Shorten it (keep long material in the case file and refer to it).</source>
        <translation>{what}&#xa0;: {limit} caractères au plus&#xa0;; ce texte en compte {n}. Raccourcissez-le (gardez les textes longs dans le dossier et renvoyez-y).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="85"/>
        <source>Give the reason for reopening (at least a few words).</source>
        <translation>Indiquez le motif de la réouverture (quelques mots au moins).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/domain.py" line="86"/>
        <source>Give {what} (at least a few words).</source>
        <translation>Indiquez {what} (quelques mots au moins).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="186"/>
        <source>{file} cannot be used as a population:
  {problems}</source>
        <translation>{file} ne peut pas servir de population&#xa0;:
  {problems}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="189"/>
        <source>{file} has no cases in it.</source>
        <translation>{file} ne contient aucun dossier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="290"/>
        <source>{file} is not a readable spreadsheet ({detail}).</source>
        <translation>{file} n&apos;est pas un classeur lisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="301"/>
        <source>{file}: give a .csv or .xlsx file (got &apos;{suffix}&apos;).</source>
        <translation>{file}&#xa0;: choisissez un fichier .csv ou .xlsx (reçu&#xa0;: «&#xa0;{suffix}&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="302"/>
        <source>no extension</source>
        <translation>pas d&apos;extension</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="321"/>
        <source>Cases are interviews or decisions, not {product}.</source>
        <translation>Les dossiers sont des entretiens ou des décisions, pas {product}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="34"/>
        <source>Overturned: appeal allowed, withdrawn by the Home Office before the hearing (PARU), or granted on reconsideration. Counted: complete, counted reviews of decisions whose case has a known outcome (its latest), matched by case reference; a case reference with several such reviews is left out. 95% intervals: Wilson. Caveat: only decisions that were reviewed and appealed are counted, so these shares describe that selection, not every decision.</source>
        <translation>Infirmée&#xa0;: appel accueilli, décision retirée par le Home Office avant l&apos;audience (PARU) ou protection accordée après réexamen. Comptées&#xa0;: les évaluations terminées et comptées de décisions dont le dossier a une issue connue (la plus récente), rattachées par la référence du dossier&#xa0;; une référence rattachée à plusieurs de ces évaluations est écartée. Intervalles à 95&#xa0;%&#xa0;: Wilson. Réserve&#xa0;: seules les décisions évaluées et frappées d&apos;appel sont comptées, ces parts décrivent donc cette sélection, pas toutes les décisions.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="40"/>
        <source>appeal allowed</source>
        <translation>appel accueilli</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="40"/>
        <source>appeal dismissed</source>
        <translation>appel rejeté</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="41"/>
        <source>withdrawn by the Home Office before the hearing (PARU)</source>
        <translation>retirée par le Home Office avant l&apos;audience (PARU)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="42"/>
        <source>granted on reconsideration</source>
        <translation>accordée après réexamen</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="42"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="43"/>
        <source>satisfactory (QS1+QS2)</source>
        <translation>satisfaisantes (QS1+QS2)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="44"/>
        <source>unsatisfactory (QS3-QS5)</source>
        <translation>insatisfaisantes (QS3-QS5)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="92"/>
        <location filename="../../qpp_reviewer/sampling.py" line="326"/>
        <location filename="../../qpp_reviewer/sampling.py" line="334"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="95"/>
        <location filename="../../qpp_reviewer/sampling.py" line="329"/>
        <source>{file} is larger than {mb} MB; split it.</source>
        <translation>{file} dépasse {mb}&#xa0;Mo&#xa0;; scindez-le.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="178"/>
        <source>{file} was not imported (nothing was changed):</source>
        <translation>{file} n&apos;a pas été importé (rien n&apos;a été modifié)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/appeals.py" line="181"/>
        <source>{file} has no outcome rows under its header.</source>
        <translation>{file} n&apos;a aucune ligne de résultat sous son en-tête.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="65"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="66"/>
        <source>product</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="67"/>
        <source>outcome</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="68"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="69"/>
        <source>decision maker</source>
        <translation>agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="76"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="77"/>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="81"/>
        <location filename="../../qpp_reviewer/template_sheets.py" line="110"/>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="226"/>
        <source>… further problems not listed</source>
        <translation>… autres problèmes non listés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="344"/>
        <source>the file is empty: it needs a header row (Case reference, Unit, Product, Outcome, Date) and one row per case</source>
        <translation>le fichier est vide&#xa0;: il faut une ligne d&apos;en-tête (Case reference, Unit, Product, Outcome, Date) et une ligne par dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="358"/>
        <source>a second column for the {field} (column {column} is one already); rename or delete one of them</source>
        <translation>une deuxième colonne pour le champ «&#xa0;{field}&#xa0;» (la colonne {column} en est déjà une)&#xa0;; renommez ou supprimez l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="369"/>
        <source>no column for the {field} (name one {examples}, in any letter case)</source>
        <translation>aucune colonne pour le champ «&#xa0;{field}&#xa0;» (nommez-en une {examples}, en majuscules ou minuscules)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="396"/>
        <source>the case reference is empty</source>
        <translation>la référence du dossier est vide</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="398"/>
        <source>&apos;{value}&apos; is not a case reference (letters, digits and / . _ - only, 2 to 64 characters, with digits, e.g. L1234567/001)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une référence de dossier (lettres, chiffres et / . _ - uniquement, 2 à 64 caractères, avec des chiffres, p. ex. L1234567/001)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="405"/>
        <source>the unit is empty</source>
        <translation>l&apos;unité est vide</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="409"/>
        <source>&apos;{value}&apos; is not a known unit; correct it, or add the unit in QPP Reviewer first</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une unité connue&#xa0;; corrigez-la, ou ajoutez d&apos;abord l&apos;unité dans QPP Reviewer</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="415"/>
        <source>a unit&apos;s name is at most 100 characters</source>
        <translation>le nom d&apos;une unité compte 100 caractères au plus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="425"/>
        <source>the product is empty (interview or decision)</source>
        <translation>le type est vide (entretien ou décision)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="436"/>
        <source>&apos;{value}&apos; is not a product of casework; use interview or decision</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un type de dossier&#xa0;; indiquez interview ou decision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="445"/>
        <source>&apos;{value}&apos; is not an outcome; use grant, refusal or withdrawal</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une issue&#xa0;; indiquez grant, refusal ou withdrawal</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="449"/>
        <source>an interview has no outcome; leave the cell empty</source>
        <translation>un entretien n&apos;a pas d&apos;issue&#xa0;; laissez la cellule vide</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="452"/>
        <source>a decision needs its outcome (grant, refusal or withdrawal)</source>
        <translation>une décision doit indiquer son issue (grant, refusal ou withdrawal)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="460"/>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="461"/>
        <source>&apos;{value}&apos; is not a date (use a date cell, YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date (utilisez une cellule de date, AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="464"/>
        <source>{date} is in the future</source>
        <translation>le {date} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="467"/>
        <source>{date} is before 2000; check the year</source>
        <translation>le {date} est antérieur à 2000&#xa0;; vérifiez l&apos;année</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="475"/>
        <source>&apos;{value}&apos; is not a staff reference (letters, digits and / . _ -, with digits; never a name)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un matricule (lettres, chiffres et / . _ -, avec des chiffres&#xa0;; jamais un nom)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="484"/>
        <source>{case} ({product}) is also on row {row}; a case is listed once</source>
        <translation>{case} ({product}) figure aussi à la ligne {row}&#xa0;; un dossier n&apos;est listé qu&apos;une fois</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="496"/>
        <source>the file has no outcome column, but {n} row is a decision, which needs one (rows {rows})</source>
        <translation>le fichier n&apos;a pas de colonne d&apos;issue, mais {n} ligne est une décision, qui en demande une (lignes {rows})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="498"/>
        <source>the file has no outcome column, but {n} rows are decisions, which need one (rows {rows})</source>
        <translation>le fichier n&apos;a pas de colonne d&apos;issue, mais {n} lignes sont des décisions, qui en demandent une (lignes {rows})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="503"/>
        <source>there are no cases below the header row</source>
        <translation>il n&apos;y a aucun dossier sous la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="513"/>
        <source>The confidence level is between 0.5 and 1 (e.g. 0.95 for 95%).</source>
        <translation>Le niveau de confiance est compris entre 0,5 et 1 (p. ex. 0,95 pour 95&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="524"/>
        <source>The expected share is between 0 and 1 (e.g. 0.54 for 54% satisfactory).</source>
        <translation>La part attendue est comprise entre 0 et 1 (p. ex. 0,54 pour 54&#xa0;% de satisfaisants).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="526"/>
        <source>The margin is between 0 and 1 (e.g. 0.05 for ±5 percentage points).</source>
        <translation>La marge est comprise entre 0 et 1 (p. ex. 0,05 pour ±5 points de pourcentage).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="558"/>
        <source>The population is a whole number from 1.</source>
        <translation>La population est un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="572"/>
        <location filename="../../qpp_reviewer/sampling.py" line="607"/>
        <source>The sample size is a whole number from 1.</source>
        <translation>La taille de l&apos;échantillon est un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="577"/>
        <source>A sample of {n} cannot come from a population of {population}.</source>
        <translation>Un échantillon de {n} ne peut pas être tiré d&apos;une population de {population}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="603"/>
        <source>Give either a sampling rate or a sample size, not both.</source>
        <translation>Indiquez soit un taux d&apos;échantillonnage, soit une taille d&apos;échantillon, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="605"/>
        <source>The sampling rate is between 0 and 1 (e.g. 0.02 for 2%).</source>
        <translation>Le taux d&apos;échantillonnage est compris entre 0 et 1 (p. ex. 0,02 pour 2&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="609"/>
        <source>The seed is a whole number from 0 to {max}.</source>
        <translation>Le germe est un nombre entier de 0 à {max}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="612"/>
        <source>Stratify by {fields} (each once); not: {given}</source>
        <translation>Stratifiez par {fields} (chacun une seule fois)&#xa0;; pas par&#xa0;: {given}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="615"/>
        <source>The minimum per stratum is 0 or more.</source>
        <translation>Le minimum par strate est 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="617"/>
        <source>A minimum per unit needs a stratified draw (by unit).</source>
        <translation>Un minimum par unité nécessite un tirage stratifié (par unité).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="692"/>
        <source>Sizes and the sample size cannot be negative.</source>
        <translation>Les tailles et la taille de l&apos;échantillon ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="754"/>
        <location filename="../../qpp_reviewer/sampling.py" line="813"/>
        <source>None of the {n} cases can be drawn: every one is already reviewed or sampled.</source>
        <translation>Aucun des {n} dossiers ne peut être tiré : tous sont déjà évalués ou échantillonnés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="760"/>
        <source>A sample of {n} was asked for, but only {eligible} of the {total} cases can be drawn ({excluded} already reviewed or sampled). Ask for fewer.</source>
        <translation>Un échantillon de {n} a été demandé, mais seuls {eligible} des {total} dossiers peuvent être tirés ({excluded} déjà évalués ou échantillonnés). Demandez-en moins.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="765"/>
        <source>the rate gives {n} but only {eligible} cases can be drawn: all are drawn</source>
        <translation>le taux donne {n} mais seuls {eligible} dossiers peuvent être tirés : tous sont tirés</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="775"/>
        <source>the minimum of {min} per stratum raises the sample from {n} to {total}</source>
        <translation>le minimum de {min} par strate porte l&apos;échantillon de {n} à {total}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="780"/>
        <source>fewer than the minimum can be drawn in: {strata}</source>
        <translation>moins que le minimum peut être tiré dans : {strata}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="785"/>
        <source>no case is drawn from {strata}: each one&apos;s share of the sample rounds to none. Set a minimum per unit (1 or more) to draw from every unit, or draw a larger sample.</source>
        <translation>aucun dossier n&apos;est tiré de {strata} : la part de chacune dans l&apos;échantillon s&apos;arrondit à zéro. Fixez un minimum par unité (1 ou plus) pour tirer dans chaque unité, ou tirez un échantillon plus grand.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="807"/>
        <source>The population lists a case more than once.</source>
        <translation>La population contient un même dossier plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/sampling_dialog.py" line="1074"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="129"/>
        <source>decision maker&apos;s staff reference</source>
        <translation>matricule de l&apos;agent décisionnaire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="54"/>
        <source>A key belongs to a reviewer: give the reviewer&apos;s name or initials.</source>
        <translation>Une clé appartient à un·e évaluateur·rice&#xa0;: indiquez son nom ou ses initiales.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="73"/>
        <source>The {what} is not valid base64 text.</source>
        <translation>Texte base64 non valide&#xa0;: {what}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="134"/>
        <source>The key of {reviewer} is protected by a passphrase: give it (QPP_KEY_PASSPHRASE on the command line).</source>
        <translation>La clé de {reviewer} est protégée par une phrase secrète&#xa0;: indiquez-la (QPP_KEY_PASSPHRASE en ligne de commande).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="136"/>
        <source>The key of {reviewer} has no passphrase; do not give one.</source>
        <translation>La clé de {reviewer} n&apos;a pas de phrase secrète&#xa0;; n&apos;en indiquez pas.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="139"/>
        <source>The key of {reviewer} could not be opened: wrong passphrase, or the file {file} is damaged. Try again, or make a new key and enrol it again at the centre.</source>
        <translation>La clé de {reviewer} n&apos;a pas pu être ouverte&#xa0;: phrase secrète erronée, ou fichier {file} endommagé. Réessayez, ou créez une nouvelle clé et faites-la enregistrer de nouveau au centre.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="144"/>
        <source>{file} is not an Ed25519 reviewer key.</source>
        <translation>{file} n&apos;est pas une clé d&apos;évaluateur·rice Ed25519.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="197"/>
        <source>{file} is too large to be an enrolment file (at most 64 KB).</source>
        <translation>{file} est trop volumineux pour être un fichier d&apos;enregistrement (64&#xa0;Ko au plus).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="201"/>
        <source>There is no file {path}. Check the path of the enrolment file.</source>
        <translation>Le fichier {path} n&apos;existe pas. Vérifiez le chemin du fichier d&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="204"/>
        <source>{file} is not an enrolment file (it is not JSON text). Ask the reviewer to export it again from QPP Reviewer (Help ▸ About, or `qpp-reviewer key enrolment`).</source>
        <translation>{file} n&apos;est pas un fichier d&apos;enregistrement (ce n&apos;est pas du texte JSON). Demandez à l&apos;évaluateur·rice de l&apos;exporter de nouveau depuis QPP Reviewer (Aide ▸ À propos, ou `qpp-reviewer key enrolment`).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="208"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="211"/>
        <source>{file} is not a QPP Reviewer enrolment file.</source>
        <translation>{file} n&apos;est pas un fichier d&apos;enregistrement QPP Reviewer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="213"/>
        <source>{file} is enrolment format version {version}; this version of QPP Reviewer reads version {supported}. Update the app at the centre.</source>
        <translation>{file} est au format d&apos;enregistrement version {version}&#xa0;; cette version de QPP Reviewer lit la version {supported}. Mettez à jour l&apos;application au centre.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="218"/>
        <source>{file}: the reviewer&apos;s name is missing or longer than 100 characters.</source>
        <translation>{file}&#xa0;: le nom de l&apos;évaluateur·rice manque ou dépasse 100 caractères.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="221"/>
        <source>{file}: the date it was made is missing.</source>
        <translation>{file}&#xa0;: la date de création manque.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="222"/>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="223"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="226"/>
        <source>{file}: its signature does not match its content (it was changed or damaged after it was made). Ask the reviewer for a fresh enrolment file.</source>
        <translation>{file}&#xa0;: sa signature ne correspond pas à son contenu (il a été modifié ou endommagé après sa création). Demandez à l&apos;évaluateur·rice un nouveau fichier d&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/signing.py" line="231"/>
        <source>{file}: the fingerprint written in it is not its key&apos;s. Ask for a fresh file.</source>
        <translation>{file}&#xa0;: l&apos;empreinte qui y est écrite n&apos;est pas celle de sa clé. Demandez un nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="100"/>
        <source>{sheet}, row {row}, column {column}</source>
        <translation>{sheet}, ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="102"/>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, ligne {row}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="104"/>
        <source>{sheet}, column {column}</source>
        <translation>{sheet}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="129"/>
        <source>{file}: there is no such file. Check where it was saved, then choose it again.</source>
        <translation>{file}&#xa0;: ce fichier n&apos;existe pas. Vérifiez où il a été enregistré, puis choisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="138"/>
        <source>{file}: this file cannot be read (permission denied). Copy it to your own folder, then choose the copy.</source>
        <translation>{file}&#xa0;: ce fichier ne peut pas être lu (autorisation refusée). Copiez-le dans votre propre dossier, puis choisissez la copie.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="143"/>
        <source>{file}: this is not a readable .xlsx workbook (it may be damaged, cut short in copying, or another kind of file renamed .xlsx). Open it in Excel or LibreOffice and save it again as .xlsx, then choose it again.</source>
        <translation>{file}&#xa0;: ce n&apos;est pas un classeur .xlsx lisible (il est peut-être endommagé, tronqué lors d&apos;une copie, ou c&apos;est un autre type de fichier renommé en .xlsx). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau au format .xlsx, puis choisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="150"/>
        <source>{file}: no sheet called {missing}. A checklist workbook has a &apos;{criteria}&apos; sheet (one row per criterion) and a &apos;{template}&apos; sheet (id, version, product, title, description).</source>
        <translation>{file}&#xa0;: aucune feuille nommée {missing}. Un classeur de grille contient une feuille «&#xa0;{criteria}&#xa0;» (une ligne par critère) et une feuille «&#xa0;{template}&#xa0;» (id, version, type, titre, description).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="178"/>
        <source>{template} version {version} already exists; a used template is never changed in place: give this one a new version number</source>
        <translation>{template} version {version} existe déjà&#xa0;; un modèle utilisé n&apos;est jamais modifié sur place&#xa0;: donnez à celui-ci un nouveau numéro de version</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="183"/>
        <source>{template} is a {product} template (version {version}); a new version cannot change the product: use another id</source>
        <translation>{template} est un modèle {product} (version {version})&#xa0;; une nouvelle version ne peut pas changer de type&#xa0;: utilisez un autre identifiant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="214"/>
        <source>&apos;{value}&apos; is not a template field; use {fields}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un champ du modèle&#xa0;; utilisez {fields}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="218"/>
        <source>&apos;{field}&apos; is also on row {row}</source>
        <translation>«&#xa0;{field}&#xa0;» figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="227"/>
        <source>the template&apos;s {field} is missing</source>
        <translation>le champ «&#xa0;{field}&#xa0;» du modèle manque</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="228"/>
        <source>the template&apos;s {field} is missing (add a row &apos;{field}&apos; with its value)</source>
        <translation>le champ «&#xa0;{field}&#xa0;» du modèle manque (ajoutez une ligne «&#xa0;{field}&#xa0;» avec sa valeur)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="232"/>
        <source>is &apos;{value}&apos;, expected &apos;{expected}&apos;: is this a checklist workbook?</source>
        <translation>vaut «&#xa0;{value}&#xa0;», «&#xa0;{expected}&#xa0;» attendu&#xa0;: est-ce bien un classeur de grille&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="238"/>
        <source>is {value}; this version of QPP Reviewer reads format {version}</source>
        <translation>vaut {value}&#xa0;; cette version de QPP Reviewer lit le format {version}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="243"/>
        <source>&apos;{value}&apos;: an id is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most {limit} characters, starting with a letter or digit</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: un identifiant est fait de lettres, de chiffres, de «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», {limit} caractères au plus, et commence par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="256"/>
        <source>&apos;{value}&apos; is not a whole number from 1</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="265"/>
        <source>&apos;{value}&apos; is not a product; use interview or decision</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un type&#xa0;; indiquez interview ou decision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="271"/>
        <source>longer than {limit} characters</source>
        <translation>plus de {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="281"/>
        <source>is empty: it needs a header row ({columns}) and one row per criterion</source>
        <translation>est vide&#xa0;: il faut une ligne d&apos;en-tête ({columns}) et une ligne par critère</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="293"/>
        <source>is not a column of a checklist; remove it (it would not be imported) or correct its name. Columns: {columns}</source>
        <translation>n&apos;est pas une colonne de grille&#xa0;; supprimez-la (elle ne serait pas importée) ou corrigez son nom. Colonnes&#xa0;: {columns}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="297"/>
        <source>a second &apos;{name}&apos; column (column {column} is one already)</source>
        <translation>une deuxième colonne «&#xa0;{name}&#xa0;» (la colonne {column} en est déjà une)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="306"/>
        <source>no &apos;{name}&apos; column</source>
        <translation>aucune colonne «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="329"/>
        <source>a cell is longer than a spreadsheet cell can be</source>
        <translation>une cellule est plus longue que ne peut l&apos;être une cellule de tableur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="335"/>
        <location filename="../../qpp_reviewer/template_sheets.py" line="343"/>
        <location filename="../../qpp_reviewer/template_sheets.py" line="349"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="337"/>
        <source>&apos;{value}&apos;: an id is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most {limit} characters</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: un identifiant est fait de lettres, de chiffres, de «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», {limit} caractères au plus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="345"/>
        <source>is {n} characters; at most {limit}</source>
        <translation>compte {n} caractères&#xa0;; {limit} au plus</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="356"/>
        <source>an interview template&apos;s criteria apply to every interview: leave it empty</source>
        <translation>les critères d&apos;un modèle d&apos;entretien s&apos;appliquent à tout entretien&#xa0;: laissez la cellule vide</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="369"/>
        <source>{values} not an outcome; use grant, refusal and/or withdrawal, separated by commas, or leave empty for every outcome</source>
        <translation>{values}&#xa0;: pas une issue&#xa0;; indiquez grant, refusal et/ou withdrawal, séparés par des virgules, ou laissez vide pour toutes les issues</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="374"/>
        <source>an outcome is listed twice</source>
        <translation>une issue figure deux fois</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="387"/>
        <source>&apos;{value}&apos; is not a special policy; use safeguarding, security, modern_slavery, or leave empty</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une politique spéciale&#xa0;; indiquez safeguarding, security, modern_slavery, ou laissez vide</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="398"/>
        <source>is empty; give a number (criteria are listed in this order)</source>
        <translation>est vide&#xa0;; donnez un nombre (les critères sont listés dans cet ordre)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="400"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="404"/>
        <source>{value} is also the order of row {row}</source>
        <translation>{value} est aussi l&apos;ordre de la ligne {row}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="412"/>
        <source>{criterion} is also on row {row}; criterion ids are unique in a template</source>
        <translation>{criterion} figure aussi à la ligne {row}&#xa0;; les identifiants de critère sont uniques dans un modèle</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="419"/>
        <source>section {section} is called &apos;{title}&apos; on row {row}; give every row of a section the same title</source>
        <translation>la section {section} s&apos;appelle «&#xa0;{title}&#xa0;» à la ligne {row}&#xa0;; donnez le même titre à toutes les lignes d&apos;une section</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="426"/>
        <source>has no criteria below the header row</source>
        <translation>n&apos;a aucun critère sous la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/template_sheets.py" line="436"/>
        <source>section {section}&apos;s criteria are not together in the order: this row comes after section {previous} (row {row}); renumber the order</source>
        <translation>les critères de la section {section} ne se suivent pas dans l&apos;ordre&#xa0;: cette ligne vient après la section {previous} (ligne {row})&#xa0;; renumérotez l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/templates.py" line="39"/>
        <source>{source}: no [template] table</source>
        <translation>{source}&#xa0;: pas de table [template]</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/templates.py" line="135"/>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}&#xa0;: impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/templates.py" line="138"/>
        <source>{path}: not valid TOML ({detail})</source>
        <translation>{path}&#xa0;: TOML non valide ({detail})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/keys.py" line="62"/>
        <source>The fingerprint confirmed ({confirmed}) is not this key&apos;s ({fingerprint}). Nothing was enrolled: check the file with the reviewer again.</source>
        <translation>L&apos;empreinte confirmée ({confirmed}) n&apos;est pas celle de cette clé ({fingerprint}). Rien n&apos;a été enregistré&#xa0;: vérifiez de nouveau le fichier avec l&apos;évaluateur·rice.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/keys.py" line="67"/>
        <source>Say whose key it is.</source>
        <translation>Indiquez à qui appartient la clé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/keys.py" line="73"/>
        <source>The key {fingerprint} of {reviewer} was revoked on {date} ({reason}); a revoked key is not enrolled again. Ask the reviewer to make a new key.</source>
        <translation>La clé {fingerprint} de {reviewer} a été révoquée le {date} ({reason})&#xa0;; une clé révoquée n&apos;est pas enregistrée de nouveau. Demandez à l&apos;évaluateur·rice de créer une nouvelle clé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/keys.py" line="78"/>
        <source>The key {fingerprint} is already enrolled for {enrolled}, not {reviewer}.</source>
        <translation>La clé {fingerprint} est déjà enregistrée pour {enrolled}, pas pour {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/keys.py" line="103"/>
        <source>No enrolled key has the fingerprint {fingerprint}. List them with `qpp-reviewer key list`.</source>
        <translation>Aucune clé enregistrée n&apos;a l&apos;empreinte {fingerprint}. Listez-les avec `qpp-reviewer key list`.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="179"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="636"/>
        <source>Give the batch a name, e.g. &apos;Glasgow - routine sample - Oct 2025&apos;.</source>
        <translation>Donnez un nom au lot, p. ex. «&#xa0;Glasgow - échantillon courant - oct. 2025&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="181"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="638"/>
        <source>A batch name is at most 200 characters.</source>
        <translation>Un nom de lot compte au plus 200 caractères.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="188"/>
        <source>Unknown unit: {units}. Add it first, or read the file with this database&apos;s units.</source>
        <translation>Unité inconnue&#xa0;: {units}. Ajoutez-la d&apos;abord, ou lisez le fichier avec les unités de cette base.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="189"/>
        <source>Unknown units: {units}. Add them first, or read the file with this database&apos;s units.</source>
        <translation>Unités inconnues&#xa0;: {units}. Ajoutez-les d&apos;abord, ou lisez le fichier avec les unités de cette base.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="198"/>
        <source>{n} drawn case was reviewed or sampled since the draw (e.g. {case}); draw again.</source>
        <translation>{n} dossier tiré a été évalué ou échantillonné depuis le tirage (p. ex. {case})&#xa0;; tirez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="199"/>
        <source>{n} drawn cases were reviewed or sampled since the draw (e.g. {case}); draw again.</source>
        <translation>{n} dossiers tirés ont été évalués ou échantillonnés depuis le tirage (p. ex. {case})&#xa0;; tirez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="208"/>
        <source>Batch &apos;{batch}&apos; is signed off; draw into a new batch.</source>
        <translation>Le lot «&#xa0;{batch}&#xa0;» est validé&#xa0;; tirez dans un nouveau lot.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="339"/>
        <source>There is no sampling round &apos;{round}&apos;.</source>
        <translation>Il n&apos;y a pas de tour d&apos;échantillonnage «&#xa0;{round}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="357"/>
        <source>There is no sampled case {id}.</source>
        <translation>Il n&apos;y a pas de dossier échantillonné {id}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="388"/>
        <source>{case} already has its review ({review}).</source>
        <translation>{case} a déjà son évaluation ({review}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="391"/>
        <source>{case} was skipped ({reason}).</source>
        <translation>{case} a été ignoré ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="398"/>
        <source>A review of {case} ({product}) already exists ({review}); link the sampled case to it instead of starting another.</source>
        <translation>Une évaluation de {case} ({product}) existe déjà ({review})&#xa0;; liez-lui le dossier échantillonné au lieu d&apos;en commencer une autre.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="404"/>
        <source>The case reference and product of a sampled case cannot be changed.</source>
        <translation>La référence et le type d&apos;un dossier échantillonné ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="149"/>
        <source>{name} cannot be found.</source>
        <translation>{name} est introuvable.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="157"/>
        <source>p. {page}: a marked area</source>
        <translation>p. {page}&#xa0;: une zone délimitée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="162"/>
        <source>p. {page}: &apos;{quote}&apos;</source>
        <translation>p. {page}&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="177"/>
        <source>A position is a list of rectangles [x0, y0, x1, y1] in page points, each number 0 or more, x0 &lt;= x1 and y0 &lt;= y1 (at most {n}).</source>
        <translation>Une position est une liste de rectangles [x0, y0, x1, y1] en points de la page, chaque nombre valant 0 ou plus, avec x0 &lt;= x1 et y0 &lt;= y1 ({n} au plus).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="208"/>
        <source>A quoted passage</source>
        <translation>Un passage cité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="211"/>
        <source>Evidence needs a passage: select text on the page, or draw a box around it.</source>
        <translation>Un élément de preuve demande un passage&#xa0;: sélectionnez du texte sur la page, ou tracez un cadre autour.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="235"/>
        <source>{what} is for a quality lead; {who} has no profile here (add their profile as a quality lead first).</source>
        <translation>{what} revient à un·e responsable qualité&#xa0;; {who} n&apos;a pas de profil ici (ajoutez d&apos;abord son profil comme responsable qualité).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="255"/>
        <source>Review {id} is not a calibration case: a quality lead marks it first.</source>
        <translation>L&apos;évaluation {id} n&apos;est pas un cas d&apos;étalonnage&#xa0;: un·e responsable qualité doit d&apos;abord la marquer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="276"/>
        <source>Starting a calibration round</source>
        <translation>Ouvrir une session d&apos;étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="279"/>
        <source>Give the calibration round a name, e.g. &apos;Calibration March 2026&apos;.</source>
        <translation>Donnez un nom à la session d&apos;étalonnage, par exemple «&#xa0;Étalonnage mars 2026&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="281"/>
        <source>A calibration round&apos;s name is at most 200 characters.</source>
        <translation>Le nom d&apos;une session d&apos;étalonnage fait au plus 200 caractères.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="283"/>
        <source>There is already a calibration round called &apos;{name}&apos;.</source>
        <translation>Il existe déjà une session d&apos;étalonnage appelée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="301"/>
        <source>Say which calibration round the case belongs to (e.g. --round &apos;Calibration March 2026&apos;).</source>
        <translation>Indiquez à quelle session d&apos;étalonnage appartient le cas (par exemple --round &apos;Calibration March 2026&apos;).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="306"/>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="233"/>
        <location filename="../../qpp_reviewer/storage/samples.py" line="422"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="498"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="598"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="625"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="694"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="791"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="1156"/>
        <source>There is no review with id {id}.</source>
        <translation>Il n&apos;y a pas d&apos;évaluation d&apos;identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="308"/>
        <source>Only a first review (or an agreed result) can be a calibration case; this one is a {kind} review.</source>
        <translation>Seule une première évaluation (ou un résultat convenu) peut être un cas d&apos;étalonnage&#xa0;; celle-ci est de type {kind}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="311"/>
        <source>This review was replaced by an agreed result: mark that one instead.</source>
        <translation>Cette évaluation a été remplacée par un résultat convenu&#xa0;: marquez plutôt celui-ci.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="318"/>
        <source>This review is already a calibration case, in another round.</source>
        <translation>Cette évaluation est déjà un cas d&apos;étalonnage, dans une autre session.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="330"/>
        <source>Taking a case out of calibration</source>
        <translation>Retirer un cas de l&apos;étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="336"/>
        <source>This calibration case already has a reference answer or calibration reviews; it stays a calibration case.</source>
        <translation>Ce cas d&apos;étalonnage a déjà une réponse de référence ou des évaluations d&apos;étalonnage&#xa0;; il reste un cas d&apos;étalonnage.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="430"/>
        <source>Criterion {criterion} is not on this case&apos;s checklist.</source>
        <translation>Le critère {criterion} n&apos;est pas dans la grille de ce cas.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="462"/>
        <source>{who} made the review of this case: a calibration review is made by another reviewer.</source>
        <translation>{who} a fait l&apos;évaluation de ce cas&#xa0;: une évaluation d&apos;étalonnage est faite par un·e autre évaluateur·rice.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="469"/>
        <source>{who} wrote the reference answer of this case and does not calibrate against it.</source>
        <translation>{who} a rédigé la réponse de référence de ce cas et ne s&apos;étalonne pas sur elle.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="472"/>
        <source>{who} has already completed a calibration review of this case.</source>
        <translation>{who} a déjà terminé une évaluation d&apos;étalonnage de ce cas.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="493"/>
        <source>Case {case} has no reference answer yet: a quality lead records it.</source>
        <translation>Le cas {case} n&apos;a pas encore de réponse de référence&#xa0;: un·e responsable qualité l&apos;enregistre.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="248"/>
        <source>No document &apos;{document}&apos; is attached to this review. Attach it first, or give its name or SHA-256 as listed.</source>
        <translation>Aucun document «&#xa0;{document}&#xa0;» n&apos;est joint à cette évaluation. Joignez-le d&apos;abord, ou donnez son nom ou son SHA-256 tels qu&apos;ils sont listés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="251"/>
        <source>&apos;{document}&apos; names more than one document of this review; give its SHA-256 instead.</source>
        <translation>«&#xa0;{document}&#xa0;» désigne plusieurs documents de cette évaluation&#xa0;; donnez plutôt son SHA-256.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="273"/>
        <source>{name} is {size} MB: too large to keep a copy of here ({limit} MB at most). Attach it without a copy.</source>
        <translation>{name} fait {size} Mo&#xa0;: trop volumineux pour en garder une copie ici ({limit} Mo au plus). Joignez-le sans copie.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="323"/>
        <source>{name} is the evidence of {n} finding passages; remove that evidence first.</source>
        <translation>{name} sert de preuve à {n} passages de constats&#xa0;; retirez d&apos;abord ces éléments de preuve.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="326"/>
        <source>{name} is the evidence of a finding; remove that evidence first.</source>
        <translation>{name} sert de preuve à un constat&#xa0;; retirez d&apos;abord cet élément de preuve.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="348"/>
        <source>No copy of this document is kept in the database.</source>
        <translation>Aucune copie de ce document n&apos;est conservée dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="363"/>
        <source>The file at {path} is not the document the findings were made on (it has changed).</source>
        <translation>Le fichier situé à {path} n&apos;est pas le document sur lequel les constats ont été établis (il a changé).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="366"/>
        <source>{name} was moved: found at {path}.</source>
        <translation>{name} a été déplacé&#xa0;: retrouvé à {path}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="369"/>
        <source>{changed} The document itself was found at {path}.</source>
        <translation>{changed} Le document lui-même a été retrouvé à {path}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="372"/>
        <source>{changed} The copy kept in the database is shown.</source>
        <translation>{changed} La copie conservée dans la base de données est affichée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="374"/>
        <source>{name} is not at {path} any more; the copy kept in the database is shown.</source>
        <translation>{name} n&apos;est plus à {path}&#xa0;; la copie conservée dans la base de données est affichée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="378"/>
        <source>{changed} Find the original file (its SHA-256 begins {sha}) and attach it again.</source>
        <translation>{changed} Retrouvez le fichier d&apos;origine (son SHA-256 commence par {sha}) et joignez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="381"/>
        <source>{name} is not at {path} any more and no file with its SHA-256 is in that folder. Find the file and attach it again.</source>
        <translation>{name} n&apos;est plus à {path} et aucun fichier de ce dossier n&apos;a son SHA-256. Retrouvez le fichier et joignez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="434"/>
        <source>{name} has pages 1 to {n}; page {page} is not one of them.</source>
        <translation>{name} a les pages 1 à {n}&#xa0;; la page {page} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="460"/>
        <source>There is no evidence item {id}.</source>
        <translation>Il n&apos;y a pas d&apos;élément de preuve {id}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="424"/>
        <source>Review {review} is of {case} ({product}), not of {sampled_case} ({sampled_product}).</source>
        <translation>L&apos;évaluation {review} porte sur {case} ({product}), pas sur {sampled_case} ({sampled_product}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="429"/>
        <source>{case} is already linked to review {review}.</source>
        <translation>{case} est déjà lié à l&apos;évaluation {review}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="440"/>
        <source>Give the reason the case is not reviewed (at least a few words).</source>
        <translation>Indiquez pourquoi le dossier n&apos;est pas évalué (quelques mots au moins).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="442"/>
        <source>Say who skips the case.</source>
        <translation>Indiquez qui ignore le dossier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/samples.py" line="446"/>
        <source>{case} already has a review; delete it first.</source>
        <translation>{case} a déjà une évaluation&#xa0;; supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="95"/>
        <source>Enter the {what}.</source>
        <translation>Renseignez le champ «&#xa0;{what}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="97"/>
        <source>A {what} is letters, digits and / . _ - only, 2 to 64 characters, no spaces (e.g. L1234567/001).</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» ne contient que des lettres, des chiffres et / . _ -, de 2 à 64 caractères, sans espace (p. ex. L1234567/001).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="100"/>
        <source>A {what} contains digits; enter the reference, not a name.</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» doit contenir des chiffres&#xa0;: saisissez la référence, pas un nom.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/sampling.py" line="64"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="108"/>
        <source>case reference</source>
        <translation>référence du dossier</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="113"/>
        <source>&apos;{unit}&apos; is not a known unit. Choose one from the list or add it first.</source>
        <translation>«&#xa0;{unit}&#xa0;» n&apos;est pas une unité connue. Choisissez-en une dans la liste ou ajoutez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="116"/>
        <source>Choose the decision-making unit.</source>
        <translation>Choisissez l&apos;unité décisionnaire.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="119"/>
        <source>Choose the decision&apos;s outcome (grant, refusal or withdrawal).</source>
        <translation>Choisissez l&apos;issue de la décision (octroi, refus ou retrait).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="121"/>
        <source>An interview has no outcome; leave it empty.</source>
        <translation>Un entretien n&apos;a pas d&apos;issue&#xa0;; laissez ce champ vide.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="123"/>
        <source>Enter the date.</source>
        <translation>Saisissez la date.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="125"/>
        <source>{date} is in the future.</source>
        <translation>Le {date} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="127"/>
        <source>{date} is before 2000; check the year.</source>
        <translation>Le {date} est antérieur à 2000&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="134"/>
        <source>Enter the reviewer (your name or initials).</source>
        <translation>Indiquez l&apos;évaluateur·rice (votre nom ou vos initiales).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="136"/>
        <source>The reviewer is at most 100 characters.</source>
        <translation>L&apos;évaluateur·rice compte au plus 100 caractères.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="392"/>
        <source>Template {key} is already installed.</source>
        <translation>La grille {key} est déjà installée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="405"/>
        <source>No checklist template for {product}s is installed.</source>
        <translation>Aucune grille n&apos;est installée pour le type «&#xa0;{product}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="418"/>
        <source>Enter the unit&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;unité.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="420"/>
        <source>A unit&apos;s name is at most 100 characters.</source>
        <translation>Un nom d&apos;unité compte au plus 100 caractères.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="425"/>
        <source>The unit &apos;{unit}&apos; is already in the list.</source>
        <translation>L&apos;unité «&#xa0;{unit}&#xa0;» est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="500"/>
        <source>Review of {case} was collated from {file} and is read-only here: change it where it was made, and export it again.</source>
        <translation>L&apos;évaluation de {case} a été consolidée à partir de {file} et est ici en lecture seule&#xa0;: modifiez-la là où elle a été faite, puis exportez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="504"/>
        <source>Review of {case} is complete. Reopen it (with a reason) to change it.</source>
        <translation>L&apos;évaluation de {case} est terminée. Rouvrez-la (avec un motif) pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/case_documents.py" line="451"/>
        <location filename="../../qpp_reviewer/storage/store.py" line="510"/>
        <source>Criterion {criterion} is not on this review&apos;s checklist.</source>
        <translation>Le critère {criterion} ne figure pas dans la grille de cette évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="559"/>
        <source>{criterion}: no finding yet.</source>
        <translation>{criterion}&#xa0;: pas encore de constat.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="561"/>
        <source>{criterion}: a {severity} error needs a comment.</source>
        <translation>{criterion}&#xa0;: une erreur {severity} nécessite un commentaire.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="565"/>
        <source>A fail error needs your judgement of the outcome.</source>
        <translation>Une erreur éliminatoire nécessite votre appréciation de l&apos;issue.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="567"/>
        <source>At least one criterion must be assessed (not all &apos;not applicable&apos;).</source>
        <translation>Au moins un critère doit être évalué (pas tous «&#xa0;sans objet&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="574"/>
        <source>The review cannot be completed yet:
{problems}</source>
        <translation>L&apos;évaluation ne peut pas encore être terminée&#xa0;:
{problems}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="600"/>
        <source>Only a complete review can be reopened.</source>
        <translation>Seule une évaluation terminée peut être rouverte.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="602"/>
        <source>Review of {case} was collated from {file}; it can only be reopened where it was made.</source>
        <translation>L&apos;évaluation de {case} a été consolidée à partir de {file}&#xa0;; elle ne peut être rouverte que là où elle a été faite.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="627"/>
        <source>A complete review cannot be deleted; reopen it first.</source>
        <translation>Une évaluation terminée ne peut pas être supprimée&#xa0;; rouvrez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="641"/>
        <source>There is already a batch called &apos;{name}&apos;.</source>
        <translation>Il existe déjà un lot nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="655"/>
        <source>There is no batch called &apos;{name}&apos;.</source>
        <translation>Il n&apos;y a pas de lot nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="680"/>
        <source>There is no batch with id {id}.</source>
        <translation>Il n&apos;y a pas de lot d&apos;identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="682"/>
        <source>Batch &apos;{batch}&apos; is signed off; its contents cannot change. Reopen one of its reviews (with a reason) to unsign it.</source>
        <translation>Le lot «&#xa0;{batch}&#xa0;» est validé&#xa0;; son contenu ne peut pas changer. Rouvrez l&apos;une de ses évaluations (avec un motif) pour annuler la validation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="721"/>
        <source>Say who signs the batch off.</source>
        <translation>Indiquez qui valide le lot.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="735"/>
        <source>{n} sampled case in &apos;{batch}&apos; has no review yet (start their reviews, or skip them with a reason): {cases}</source>
        <translation>{n} dossier échantillonné de «&#xa0;{batch}&#xa0;» n&apos;a pas encore d&apos;évaluation (commencez son évaluation, ou ignorez-le avec un motif)&#xa0;: {cases}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="737"/>
        <source>{n} sampled cases in &apos;{batch}&apos; have no review yet (start their reviews, or skip them with a reason): {cases}</source>
        <translation>{n} dossiers échantillonnés de «&#xa0;{batch}&#xa0;» n&apos;ont pas encore d&apos;évaluation (commencez leurs évaluations, ou ignorez-les avec un motif)&#xa0;: {cases}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="742"/>
        <source>Batch &apos;{batch}&apos; is empty; add reviews before signing it off.</source>
        <translation>Le lot «&#xa0;{batch}&#xa0;» est vide&#xa0;; ajoutez des évaluations avant de le valider.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="749"/>
        <source>{n} review in &apos;{batch}&apos; is not complete: {reviews}</source>
        <translation>{n} évaluation de «&#xa0;{batch}&#xa0;» n&apos;est pas terminée&#xa0;: {reviews}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="750"/>
        <source>{n} reviews in &apos;{batch}&apos; are not complete: {reviews}</source>
        <translation>{n} évaluations de «&#xa0;{batch}&#xa0;» ne sont pas terminées&#xa0;: {reviews}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1082"/>
        <source>Enter a name or initials.</source>
        <translation>Saisissez un nom ou des initiales.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1084"/>
        <source>A name is at most 100 characters.</source>
        <translation>Un nom compte au plus 100 caractères.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1087"/>
        <source>There is already a reviewer called &apos;{name}&apos;.</source>
        <translation>Il existe déjà un·e évaluateur·rice nommé·e «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1116"/>
        <source>You are second-reviewing this case: the first review stays hidden from you until your own review is complete.</source>
        <translation>Vous faites la seconde évaluation de ce dossier&#xa0;: la première évaluation vous reste cachée jusqu&apos;à ce que la vôtre soit terminée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1118"/>
        <source>This is part of a calibration case: the reference answer and the other reviewers&apos; answers stay hidden from you until your own calibration review of the case is complete.</source>
        <translation>Ceci fait partie d&apos;un cas d&apos;étalonnage&#xa0;: la réponse de référence et celles des autres évaluateur·rices vous restent masquées jusqu&apos;à ce que votre propre évaluation d&apos;étalonnage du cas soit terminée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1152"/>
        <source>Say who does the second review.</source>
        <translation>Indiquez qui fait la seconde évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1158"/>
        <source>Only a complete review can have a second review or an assurance check.</source>
        <translation>Seule une évaluation terminée peut faire l&apos;objet d&apos;une seconde évaluation ou d&apos;un contrôle d&apos;assurance.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1160"/>
        <source>A second review or assurance check is made of a first review.</source>
        <translation>Une seconde évaluation ou un contrôle d&apos;assurance porte sur une première évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1162"/>
        <source>{reviewer} made this review and cannot second-review or assess it; choose another reviewer.</source>
        <translation>{reviewer} a fait cette évaluation et ne peut ni la réévaluer ni la contrôler&#xa0;; choisissez un·e autre évaluateur·rice.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1168"/>
        <source>This review already has an open second review.</source>
        <translation>Cette évaluation a déjà une seconde évaluation en cours.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1169"/>
        <source>This review already has an open assurance check.</source>
        <translation>Cette évaluation a déjà un contrôle d&apos;assurance en cours.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1177"/>
        <source>Unknown kind of review &apos;{kind}&apos;.</source>
        <translation>Type d&apos;évaluation inconnu&#xa0;: «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1193"/>
        <source>These two reviews are not a review and its second review.</source>
        <translation>Ces deux évaluations ne sont pas une évaluation et sa seconde évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1195"/>
        <source>The second review is not complete: the comparison opens when it is.</source>
        <translation>La seconde évaluation n&apos;est pas terminée&#xa0;: la comparaison s&apos;ouvre quand elle l&apos;est.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1215"/>
        <source>These reviews were already agreed.</source>
        <translation>Ces évaluations ont déjà été conciliées.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1221"/>
        <source>Criterion {criterion} is not on this checklist.</source>
        <translation>Le critère {criterion} ne figure pas dans cette grille.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1225"/>
        <source>Criterion {criterion}: say why the agreed finding differs from the first review.</source>
        <translation>Critère {criterion}&#xa0;: indiquez pourquoi le constat concilié diffère de la première évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1239"/>
        <source>no finding on {criteria}</source>
        <translation>pas de constat pour {criteria}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1240"/>
        <source>no comment on the error in {criteria}</source>
        <translation>pas de commentaire sur l&apos;erreur de {criteria}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1241"/>
        <source>no comment on the errors in {criteria}</source>
        <translation>pas de commentaire sur les erreurs de {criteria}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/store.py" line="1244"/>
        <source>The agreed result is not complete: {missing}</source>
        <translation>Le résultat concilié n&apos;est pas complet&#xa0;: {missing}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/export.py" line="174"/>
        <source>The comment on criterion {criterion} of review {review}</source>
        <translation>Le commentaire sur le critère {criterion} de l&apos;évaluation {review}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/export.py" line="177"/>
        <source>Audit entry {entry} ({column} value)</source>
        <translation>L&apos;entrée de journal {entry} (valeur {column})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/export.py" line="180"/>
        <source>The {column} on row {row} of the {sheet} sheet ({key})</source>
        <translation>La colonne {column} à la ligne {row} de la feuille {sheet} ({key})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/export.py" line="182"/>
        <source>{what} is {n} characters; an exchange workbook holds at most {limit} there. Shorten it, then export again. Nothing was written.</source>
        <translation>{what} compte {n} caractères&#xa0;; un classeur d&apos;échange en contient au plus {limit} à cet endroit. Raccourcissez-le, puis exportez de nouveau. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/export.py" line="344"/>
        <location filename="../../qpp_reviewer/exchange/queries_book.py" line="153"/>
        <location filename="../../qpp_reviewer/exchange/reply_book.py" line="126"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/protect.py" line="31"/>
        <location filename="../../qpp_reviewer/exchange/protect.py" line="41"/>
        <source>An empty password protects nothing; choose one.</source>
        <translation>Un mot de passe vide ne protège rien&#xa0;; choisissez-en un.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/protect.py" line="53"/>
        <source>{file} is password-protected: give its password to collate it.</source>
        <translation>{file} est protégé par un mot de passe&#xa0;: indiquez-le pour le consolider.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/protect.py" line="62"/>
        <source>{file}: the password is wrong. Check it with the person who exported it.</source>
        <translation>{file}&#xa0;: le mot de passe est erroné. Vérifiez-le auprès de la personne qui l&apos;a exporté.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/protect.py" line="65"/>
        <source>{file} is protected in a way that cannot be read ({detail}).</source>
        <translation>{file} est protégé d&apos;une manière illisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/protect.py" line="69"/>
        <source>{file} is larger than an exchange workbook may be once decrypted.</source>
        <translation>{file} dépasse, une fois déchiffré, la taille permise pour un classeur d&apos;échange.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="76"/>
        <location filename="../../qpp_reviewer/storage/replies.py" line="464"/>
        <location filename="../../qpp_reviewer/storage/replies.py" line="499"/>
        <location filename="../../qpp_reviewer/storage/replies.py" line="589"/>
        <source>the review</source>
        <translation>l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="85"/>
        <source>the query</source>
        <translation>la demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="86"/>
        <source>A query</source>
        <translation>Une demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="226"/>
        <location filename="../../qpp_reviewer/storage/queries.py" line="120"/>
        <location filename="../../qpp_reviewer/storage/replies.py" line="287"/>
        <source>Say who you are first (File ▸ Switch reviewer).</source>
        <translation>Indiquez d&apos;abord qui vous êtes (Fichier ▸ Changer d&apos;évaluateur·rice).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="136"/>
        <source>Raising a query</source>
        <translation>Poser une demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="143"/>
        <location filename="../../qpp_reviewer/storage/replies.py" line="295"/>
        <location filename="../../qpp_reviewer/storage/states.py" line="180"/>
        <source>There is no review {id} in this database.</source>
        <translation>Il n&apos;y a pas d&apos;évaluation {id} dans cette base.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="145"/>
        <source>This review was made in this database, not collated: a query goes from the centre to the reviewer of a collated review.</source>
        <translation>Cette évaluation a été faite dans cette base, non consolidée&#xa0;: une demande va du centre à l&apos;évaluateur·rice d&apos;une évaluation consolidée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="150"/>
        <source>The checklist of this review has no criterion {c}.</source>
        <translation>La grille de cette évaluation n&apos;a pas de critère {c}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="168"/>
        <source>There is no query {id}.</source>
        <translation>Il n&apos;y a pas de demande {id}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="93"/>
        <source>Write the answer first.</source>
        <translation>Rédigez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="94"/>
        <source>An answer</source>
        <translation>Une réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="213"/>
        <source>This query was closed by {who}; it needs no answer.</source>
        <translation>Cette demande a été close par {who}&#xa0;; elle n&apos;appelle pas de réponse.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="230"/>
        <source>This query is already closed.</source>
        <translation>Cette demande est déjà close.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="233"/>
        <source>Closing a query</source>
        <translation>Clore une demande</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="237"/>
        <source>why the query is closed without an answer</source>
        <translation>pourquoi la demande est close sans réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/queries.py" line="240"/>
        <source>A note</source>
        <translation>Une remarque</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="41"/>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="41"/>
        <source>has issues</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="42"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="237"/>
        <location filename="../../qpp_reviewer/storage/states.py" line="91"/>
        <source>{what} is for a quality lead; {who}&apos;s role here is {role}.</source>
        <translation>{what} revient à un·e responsable qualité&#xa0;; le rôle de {who} ici est {role}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="163"/>
        <source>A review state is one of: received, has issues, approved.</source>
        <translation>L&apos;état d&apos;une évaluation est l&apos;un de&#xa0;: reçue, à revoir, approuvée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="166"/>
        <source>Say who sets the state.</source>
        <translation>Indiquez qui fixe l&apos;état.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="169"/>
        <source>Select the reviews whose state you want to set.</source>
        <translation>Sélectionnez les évaluations dont vous voulez fixer l&apos;état.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="171"/>
        <source>Setting a review&apos;s state</source>
        <translation>Fixer l&apos;état d&apos;une évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="183"/>
        <source>{n} of the selected reviews were made in this database, not collated: review states are set at the centre on collated reviews.</source>
        <translation>{n} des évaluations sélectionnées ont été faites dans cette base, non consolidées&#xa0;: l&apos;état d&apos;une évaluation se fixe au centre, sur les évaluations consolidées.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="189"/>
        <source>{case} is your own review: someone else sets its state.</source>
        <translation>{case} est votre propre évaluation&#xa0;: quelqu&apos;un d&apos;autre en fixe l&apos;état.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="198"/>
        <source>what the issue is</source>
        <translation>ce qui est à revoir</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/states.py" line="199"/>
        <source>the reason for the change of state</source>
        <translation>le motif du changement d&apos;état</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/queries_book.py" line="151"/>
        <source>Say which reviewer the queries workbook is for.</source>
        <translation>Indiquez à quel·le évaluateur·rice s&apos;adresse le classeur de demandes.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/queries_book.py" line="156"/>
        <source>No collated review of {who} is in this database: there is nothing to send back.</source>
        <translation>Aucune évaluation consolidée de {who} n&apos;est dans cette base&#xa0;: il n&apos;y a rien à renvoyer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/small_book.py" line="98"/>
        <source>There is no file {path}.</source>
        <translation>Il n&apos;y a pas de fichier {path}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/small_book.py" line="100"/>
        <source>{path} cannot be read: {why}.</source>
        <translation>{path} ne peut pas être lu&#xa0;: {why}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/queries_book.py" line="278"/>
        <location filename="../../qpp_reviewer/exchange/reply_book.py" line="246"/>
        <location filename="../../qpp_reviewer/exchange/small_book.py" line="81"/>
        <source>{name} was not imported (nothing was changed):</source>
        <translation>{name} n&apos;a pas été importé (rien n&apos;a été modifié)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/queries_book.py" line="289"/>
        <source>{name} was not imported (nothing was changed): query {q} belongs to another review here.</source>
        <translation>{name} n&apos;a pas été importé (rien n&apos;a été modifié)&#xa0;: la demande {q} appartient ici à une autre évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="20"/>
        <source>WARNING: {warning}</source>
        <translation>AVERTISSEMENT&#xa0;: {warning}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="24"/>
        <source>REJECTED {file}: nothing from it was imported</source>
        <translation>REFUSÉ {file}&#xa0;: rien n&apos;en a été importé</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="27"/>
        <source>read {file}: {added} added, {revised} revised, {unchanged} unchanged, {stale} older than held, {conflicts} conflicting</source>
        <translation>lu {file}&#xa0;: {added} ajoutées, {revised} révisées, {unchanged} inchangées, {stale} plus anciennes que celles détenues, {conflicts} en conflit</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="31"/>
        <source>template installed: {template}</source>
        <translation>modèle installé&#xa0;: {template}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="33"/>
        <source>unit created: {unit}</source>
        <translation>unité créée&#xa0;: {unit}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="35"/>
        <source>signed by {signer} (key {fingerprint}), enrolled at this collation</source>
        <translation>signé par {signer} (clé {fingerprint}), enregistrée lors de cette consolidation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="36"/>
        <source>signed by {signer} (key {fingerprint})</source>
        <translation>signé par {signer} (clé {fingerprint})</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="39"/>
        <source>unsigned (format 2, from an older QPP Reviewer): accepted by the centre&apos;s choice</source>
        <translation>non signé (format 2, d&apos;une version antérieure de QPP Reviewer)&#xa0;: accepté par choix du centre</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="41"/>
        <source>revised: {review}</source>
        <translation>révisée&#xa0;: {review}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="42"/>
        <source>older than held: {review}</source>
        <translation>plus ancienne que celle détenue&#xa0;: {review}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="45"/>
        <source>batch no longer signed off: {batch}</source>
        <translation>lot plus validé&#xa0;: {batch}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="47"/>
        <source>received again: {review}</source>
        <translation>reçue à nouveau&#xa0;: {review}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="48"/>
        <source>query answered: {answer}</source>
        <translation>demande répondue&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="49"/>
        <source>conflict: {conflict}</source>
        <translation>conflit&#xa0;: {conflict}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="50"/>
        <source>band discrepancy: {discrepancy}</source>
        <translation>écart de niveau&#xa0;: {discrepancy}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="52"/>
        <source>{n} file read, {rejected} rejected</source>
        <translation>{n} fichier lu, refusés&#xa0;: {rejected}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="53"/>
        <source>{n} files read, {rejected} rejected</source>
        <translation>{n} fichiers lus, refusés&#xa0;: {rejected}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="54"/>
        <source>reviews: {added} added, {revised} revised, {unchanged} unchanged, {stale} older than held, {conflicts} conflicting</source>
        <translation>évaluations&#xa0;: {added} ajoutées, {revised} révisées, {unchanged} inchangées, {stale} plus anciennes que celles détenues, {conflicts} en conflit</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="59"/>
        <source>{n} band discrepancy (recomputed band stored)</source>
        <translation>{n} écart de niveau (niveau recalculé enregistré)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="60"/>
        <source>{n} band discrepancies (recomputed bands stored)</source>
        <translation>{n} écarts de niveau (niveaux recalculés enregistrés)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/report_text.py" line="61"/>
        <source>{files}; {reviews}; {discrepancies}</source>
        <translation>{files}&#xa0;; {reviews}&#xa0;; {discrepancies}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="112"/>
        <source>awaiting reply</source>
        <translation>réponse attendue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="112"/>
        <source>reply received</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="113"/>
        <source>in arbitration</source>
        <translation>en arbitrage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="113"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="114"/>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="182"/>
        <source>awaiting reply (last day)</source>
        <translation>réponse attendue (dernier jour)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="184"/>
        <source>awaiting reply (1 working day left)</source>
        <translation>réponse attendue (1 jour ouvré restant)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="185"/>
        <source>awaiting reply ({n} working days left)</source>
        <translation>réponse attendue ({n} jours ouvrés restants)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="303"/>
        <source>The feedback of this review has not been issued to the decision maker: issue it first.</source>
        <translation>Le retour de cette évaluation n&apos;a pas été remis à l&apos;agent décisionnaire : remettez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="331"/>
        <source>Review of {case} is not complete: its feedback cannot be issued yet.</source>
        <translation>L&apos;évaluation de {case} n&apos;est pas terminée : son retour ne peut pas encore être remis.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="346"/>
        <source>A reply window is a whole number of working days from 1 to {max}.</source>
        <translation>Un délai de réponse est un nombre entier de jours ouvrés, de 1 à {max}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="356"/>
        <source>Setting the reply window</source>
        <translation>Fixer le délai de réponse</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="454"/>
        <source>{criterion} is not a finding of this review (only its errors are replied to).</source>
        <translation>{criterion} n&apos;est pas un constat de cette évaluation (seules ses erreurs appellent une réponse).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="458"/>
        <source>No reply on {criteria}: accept or dispute every finding.</source>
        <translation>Aucune réponse sur {criteria} : acceptez ou contestez chaque constat.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="466"/>
        <source>{about}: a reply is accept or dispute, not &apos;{value}&apos;.</source>
        <translation>{about} : une réponse est « accept » ou « dispute », pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="470"/>
        <source>the reason for the dispute</source>
        <translation>le motif de la contestation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="474"/>
        <source>A reason</source>
        <translation>Un motif</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="479"/>
        <source>The reply was not recorded:
{problems}</source>
        <translation>La réponse n&apos;a pas été enregistrée :
{problems}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="493"/>
        <source>The reply window of {case} closed on {day}: the feedback is final.</source>
        <translation>Le délai de réponse de {case} a pris fin le {day} : le retour est définitif.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="497"/>
        <source>The dispute on {criterion} has been arbitrated: the reply can no longer change.</source>
        <translation>La contestation sur {criterion} a été arbitrée : la réponse ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="525"/>
        <source>{who} is the reviewer of {case}: someone else arbitrates the dispute.</source>
        <translation>{who} est l&apos;évaluateur de {case} : quelqu&apos;un d&apos;autre arbitre la contestation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="528"/>
        <source>{who} is the decision maker of {case}: someone else arbitrates the dispute.</source>
        <translation>{who} est l&apos;agent décisionnaire de {case} : quelqu&apos;un d&apos;autre arbitre la contestation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="532"/>
        <source>{who} has no profile here: an arbitrator is a technical specialist or a quality lead (add their profile first).</source>
        <translation>{who} n&apos;a pas de profil ici : un arbitre est un spécialiste technique ou un responsable qualité (ajoutez d&apos;abord son profil).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="535"/>
        <source>Arbitration is for a technical specialist or a quality lead; {who}&apos;s role here is {role}.</source>
        <translation>L&apos;arbitrage revient à un spécialiste technique ou à un responsable qualité ; le rôle de {who} ici est {role}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="550"/>
        <source>This review has no dispute waiting for arbitration.</source>
        <translation>Cette évaluation n&apos;a aucune contestation en attente d&apos;arbitrage.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="573"/>
        <source>An arbitration upholds, overturns or amends the finding, not &apos;{value}&apos;.</source>
        <translation>Un arbitrage maintient, annule ou modifie le constat, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/arbitrate_dialog.py" line="182"/>
        <location filename="../../qpp_reviewer/storage/replies.py" line="575"/>
        <source>the reason for the arbitration</source>
        <translation>le motif de l&apos;arbitrage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="585"/>
        <source>{about} is not disputed.</source>
        <translation>{about} n&apos;est pas contesté.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="586"/>
        <source>The review</source>
        <translation>L&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="588"/>
        <source>The dispute on {about} was already decided ({decision} by {who}).</source>
        <translation>La contestation sur {about} a déjà été tranchée ({decision} par {who}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="592"/>
        <source>The disputes of this review were referred to {who}: they arbitrate.</source>
        <translation>Les contestations de cette évaluation ont été confiées à {who} : c&apos;est à cette personne d&apos;arbitrer.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="599"/>
        <source>Amending a finding needs its new severity (no error, minor, significant or fail).</source>
        <translation>Modifier un constat demande sa nouvelle gravité (aucune erreur, mineure, importante ou éliminatoire).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="604"/>
        <source>Only an amended finding takes a new comment; the reason says why the finding is upheld or overturned.</source>
        <translation>Seul un constat modifié reçoit un nouveau commentaire&#xa0;; le motif dit pourquoi le constat est maintenu ou annulé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="606"/>
        <source>The finding&apos;s new comment</source>
        <translation>Le nouveau commentaire du constat</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="609"/>
        <source>A dispute on the review as a whole is upheld or not pursued; to change the review, arbitrate the disputed findings.</source>
        <translation>Une contestation de l&apos;évaluation dans son ensemble est maintenue ou abandonnée ; pour changer l&apos;évaluation, arbitrez les constats contestés.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="618"/>
        <source>{criterion} is already {severity}: uphold the finding instead.</source>
        <translation>{criterion} est déjà « {severity} » : maintenez plutôt le constat.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="623"/>
        <source>A fail error needs a judgement of the outcome: the reviewer records it, then the finding can be amended.</source>
        <translation>Une erreur éliminatoire demande un jugement sur l&apos;issue : l&apos;évaluateur l&apos;enregistre, puis le constat peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/replies.py" line="625"/>
        <source>Arbitration of the decision maker&apos;s dispute on {criterion}: {reason}</source>
        <translation>Arbitrage de la contestation de l&apos;agent décisionnaire sur {criterion} : {reason}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/reply_book.py" line="77"/>
        <source>{name}: the reply of {case} is already recorded; nothing changed.</source>
        <translation>{name} : la réponse sur {case} est déjà enregistrée ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/reply_book.py" line="79"/>
        <source>{name}: the reply of {case} recorded ({a} accepted, {d} disputed).</source>
        <translation>{name}&#xa0;: réponse sur {case} enregistrée (acceptés&#xa0;: {a}, contestés&#xa0;: {d}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/reply_book.py" line="108"/>
        <source>The review as a whole</source>
        <translation>L&apos;évaluation dans son ensemble</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/exchange/reply_book.py" line="124"/>
        <source>{path} should end in .xlsx</source>
        <translation>{path} doit se terminer par .xlsx</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="157"/>
        <source>{n} entry intact</source>
        <translation>{n} entrée intacte</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="157"/>
        <source>all {n} entries intact</source>
        <translation>les {n} entrées intactes</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="159"/>
        <source>{n} checkpoint matches, the newest sealing entry {entry}</source>
        <translation>{n} point de contrôle concorde, le plus récent scellant l&apos;entrée {entry}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="160"/>
        <source>{n} checkpoints match, the newest sealing entry {entry}</source>
        <translation>{n} points de contrôle concordent, le plus récent scellant l&apos;entrée {entry}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="163"/>
        <source>{checkpoints} ({unsigned} unsigned: no reviewer key was available when they were written)</source>
        <translation>{checkpoints} ({unsigned} non signés&#xa0;: aucune clé d&apos;évaluateur·rice n&apos;était disponible lors de leur écriture)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="167"/>
        <source>entries {first}–{last} are not sealed yet</source>
        <translation>les entrées {first} à {last} ne sont pas encore scellées</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="170"/>
        <source>no checkpoint yet (the trail is sealed at the next export or close)</source>
        <translation>aucun point de contrôle pour l&apos;instant (la piste est scellée au prochain export ou à la fermeture)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="171"/>
        <source>{n} review replayed from the trail matches the tables</source>
        <translation>{n} évaluation rejouée depuis la piste concorde avec les tables</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="172"/>
        <source>{n} reviews replayed from the trail match the tables</source>
        <translation>{n} évaluations rejouées depuis la piste concordent avec les tables</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/seal.py" line="174"/>
        <source>{replayed} ({before} made before the trail existed, not replayed)</source>
        <translation>{replayed} ({before} faites avant la piste, non rejouées)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="112"/>
        <location filename="../../qpp_reviewer/documents.py" line="143"/>
        <source>{path} is a folder, not a document. Choose the file itself.</source>
        <extracomment>&quot;missing&quot;, &quot;encrypted&quot;, &quot;damaged&quot;, &quot;too-large&quot;, &quot;unreadable&quot;, &quot;changed&quot;</extracomment>
        <translation>{path} est un dossier, pas un document. Choisissez le fichier lui-même.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="125"/>
        <source>{path} is not there any more (moved, renamed or deleted). Find the file and open it again.</source>
        <translation>{path} n&apos;est plus là (déplacé, renommé ou supprimé). Retrouvez le fichier et ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="130"/>
        <source>{path} cannot be read ({reason}). Check that the file is not open in another program and that you may read it.</source>
        <translation>{path} ne peut pas être lu ({reason}). Vérifiez que le fichier n&apos;est pas ouvert dans un autre programme et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="146"/>
        <source>{path} is {size} MB, more than any case document ({limit} MB at most). Check that it is the right file, or split it.</source>
        <translation>{path} fait {size} Mo, plus qu&apos;aucun document de dossier ({limit} Mo au plus). Vérifiez que c&apos;est le bon fichier, ou scindez-le.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="217"/>
        <source>{name} is not a PDF (it does not start as one). Open the PDF itself, or a plain-text file named .txt.</source>
        <translation>{name} n&apos;est pas un PDF (il ne commence pas comme tel). Ouvrez le PDF lui-même, ou un fichier texte nommé .txt.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="233"/>
        <source>{name} has no pages. Open the case document itself.</source>
        <translation>{name} n&apos;a aucune page. Ouvrez le document du dossier lui-même.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="237"/>
        <source>{name} has {pages} pages, more than a case document can have here ({limit} at most). Check that it is the right file, or split it.</source>
        <translation>{name} a {pages} pages, plus qu&apos;un document de dossier ne peut en avoir ici ({limit} au plus). Vérifiez que c&apos;est le bon fichier, ou scindez-le.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="244"/>
        <source>{name} is damaged or is not a PDF; it cannot be opened. Get a fresh copy of the document and open that.</source>
        <translation>{name} est endommagé ou n&apos;est pas un PDF&#xa0;; il ne peut pas être ouvert. Procurez-vous une nouvelle copie du document et ouvrez-la.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="254"/>
        <source>{name} is protected by a password (encrypted); it cannot be opened here. Ask for an unprotected copy of the document.</source>
        <translation>{name} est protégé par un mot de passe (chiffré)&#xa0;; il ne peut pas être ouvert ici. Demandez une copie non protégée du document.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="319"/>
        <source>{name} was moved or deleted after it was opened; what is shown is the document as it was opened.</source>
        <translation>{name} a été déplacé ou supprimé après son ouverture&#xa0;; le document affiché est celui qui a été ouvert.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="326"/>
        <source>{name} has changed on disk since it was opened; what is shown is the document as it was opened.</source>
        <translation>{name} a changé sur le disque depuis son ouverture&#xa0;; le document affiché est celui qui a été ouvert.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="336"/>
        <source>{name} is closed; open it again.</source>
        <translation>{name} est fermé&#xa0;; ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="339"/>
        <source>{name} has no page {page} (it has {count}).</source>
        <translation>{name} n&apos;a pas de page {page} (il en a {count}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="341"/>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="341"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="398"/>
        <source>{name} has {pages} pages; searching the whole document takes a while.</source>
        <translation>{name} a {pages} pages&#xa0;; la recherche dans tout le document prend un moment.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="401"/>
        <source>{name} has no text layer (a scan): search and quoted passages need one. You can still draw a box on a page and attach it as evidence.</source>
        <translation>{name} n&apos;a pas de couche de texte (c&apos;est une numérisation)&#xa0;: la recherche et les passages cités en ont besoin. Vous pouvez tout de même tracer un cadre sur une page et le joindre comme élément de preuve.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/documents.py" line="536"/>
        <source>Page {page} of {name} is damaged and cannot be shown.</source>
        <translation>La page {page} de {name} est endommagée et ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/activity.py" line="100"/>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/activity.py" line="102"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/activity.py" line="103"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/coverage.py" line="36"/>
        <source>Population: decisions and interviews made, per unit and month, from imported case lists or entered. Reviews done: complete reviews that count in the figures (first reviews not superseded, and agreed results), by product date. Rate: routine-sampling reviews of a product against its population; met when the rate is at least the target. Secondary assurance: complete reviews in the first-line secondary assurance stream and complete assurance checks of the unit&apos;s reviews; a unit is overdue when none was completed within the last months the target gives, up to the day shown.</source>
        <translation>Population&#xa0;: décisions rendues et entretiens menés, par unité et par mois, issus des listes de dossiers importées ou saisis. Évaluations faites&#xa0;: les évaluations terminées qui comptent dans les chiffres (premières évaluations non remplacées, et résultats convenus), selon la date du document. Taux&#xa0;: les évaluations d&apos;échantillonnage courant d&apos;un type rapportées à sa population&#xa0;; l&apos;objectif est atteint quand le taux l&apos;égale au moins. Assurance secondaire&#xa0;: les évaluations terminées du volet d&apos;assurance secondaire de premier niveau et les contrôles d&apos;assurance terminés des évaluations de l&apos;unité&#xa0;; une unité est en retard quand aucune n&apos;a été terminée au cours des derniers mois que fixe l&apos;objectif, jusqu&apos;au jour indiqué.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/timespent.py" line="20"/>
        <source>Active time: while the review was in front of its reviewer (its tab current in the active window) with a key or mouse press within the last 3 minutes; not the time between opening and closing it. Reviews: those the figures count, in the selection, with any active time recorded; by reviewer, each person&apos;s own sessions. Median: of the time per review.</source>
        <translation>Temps actif&#xa0;: le temps où l&apos;évaluation était devant son évaluateur·rice (son onglet courant dans la fenêtre active) avec une frappe ou un clic dans les 3 dernières minutes&#xa0;; pas le temps écoulé entre son ouverture et sa fermeture. Évaluations&#xa0;: celles que comptent les chiffres, dans la sélection, avec du temps actif enregistré&#xa0;; par évaluateur·rice, les séances de chaque personne. Médiane&#xa0;: du temps par évaluation.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="86"/>
        <source>&apos;{unit}&apos; is not a unit here; add it first or correct the name (units: {units}).</source>
        <translation>«&#xa0;{unit}&#xa0;» n&apos;est pas une unité ici&#xa0;; ajoutez-la d&apos;abord ou corrigez le nom (unités&#xa0;: {units}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="90"/>
        <source>A population is of interviews or of decisions, not &apos;{product}&apos;.</source>
        <translation>Une population est faite d&apos;entretiens ou de décisions, pas de «&#xa0;{product}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="94"/>
        <source>&apos;{month}&apos; is not a month; write it as 2026-10.</source>
        <translation>«&#xa0;{month}&#xa0;» n&apos;est pas un mois&#xa0;; écrivez-le sous la forme 2026-10.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="97"/>
        <source>A population is a whole number of cases, 0 or more (got {n}).</source>
        <translation>Une population est un nombre entier de dossiers, 0 ou plus (reçu&#xa0;: {n}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="135"/>
        <source>Setting the coverage targets</source>
        <translation>Fixer les objectifs de couverture</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="139"/>
        <source>&apos;{name}&apos; is not a target; use any of: {names}.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un objectif&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="143"/>
        <source>Secondary assurance is due every 1 to 24 months, a whole number (got {value}).</source>
        <translation>L&apos;assurance secondaire est due tous les 1 à 24 mois, un nombre entier (reçu&#xa0;: {value}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/storage/coverage.py" line="146"/>
        <source>A sampling rate is more than 0% and at most 100% (got {value}).</source>
        <translation>Un taux d&apos;échantillonnage est supérieur à 0&#xa0;% et d&apos;au plus 100&#xa0;% (reçu&#xa0;: {value}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/disputes.py" line="25"/>
        <source>Findings issued: the errors (minor, significant, fail) of the counted reviews of the selection whose feedback was issued to the decision maker, as the decision maker replied to them (before a reply, as they stand). Disputed: the findings the decision maker disputed. Changed: the disputes an arbitrator overturned or amended. Dispute rate = disputed / findings issued; change rate = changed / disputed (disputes not yet arbitrated are in the denominator). A dispute of the review as a whole is counted on its own. Small numbers are small: read a rate with its counts.</source>
        <translation>Constats communiqués&#xa0;: les erreurs (mineures, importantes, éliminatoires) des évaluations comptées de la sélection dont le retour a été communiqué au décideur, telles que le décideur y a répondu (avant une réponse, telles qu&apos;elles sont). Contestés&#xa0;: les constats que le décideur a contestés. Changés&#xa0;: les contestations qu&apos;un arbitre a annulées ou modifiées. Taux de contestation = contestés / constats communiqués&#xa0;; taux de changement = changés / contestés (les contestations pas encore arbitrées sont au dénominateur). Une contestation de l&apos;évaluation dans son ensemble est comptée à part. Les petits nombres restent petits&#xa0;: lisez un taux avec ses effectifs.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="63"/>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="299"/>
        <source>Marking a calibration case</source>
        <translation>Marquer un cas d&apos;étalonnage</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="97"/>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="401"/>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="426"/>
        <source>Recording a reference answer</source>
        <translation>Enregistrer une réponse de référence</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/calibration_dialog.py" line="156"/>
        <location filename="../../qpp_reviewer/storage/calibration.py" line="521"/>
        <source>The calibration report</source>
        <translation>Le rapport d&apos;étalonnage</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="22"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="23"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="24"/>
        <source>Assurance check</source>
        <translation>Contrôle d&apos;assurance</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="25"/>
        <source>Grant</source>
        <translation>Octroi</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="26"/>
        <source>Refusal</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="27"/>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="28"/>
        <source>Routine sampling</source>
        <translation>Échantillonnage de routine</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="29"/>
        <source>Second pair of eyes</source>
        <translation>Second regard</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="30"/>
        <source>First-line secondary assurance</source>
        <translation>Assurance secondaire de premier niveau</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="31"/>
        <source>Thematic review</source>
        <translation>Évaluation thématique</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="32"/>
        <source>External audit</source>
        <translation>Audit externe</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="33"/>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="34"/>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="35"/>
        <source>Significant</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="36"/>
        <source>Fail</source>
        <translation>Éliminatoire</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="37"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="38"/>
        <source>Outcome probably correct</source>
        <translation>Issue probablement correcte</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="39"/>
        <source>Outcome probably wrong</source>
        <translation>Issue probablement erronée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="40"/>
        <source>Safeguarding</source>
        <translation>Protection des personnes vulnérables</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="41"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="42"/>
        <source>Modern slavery</source>
        <translation>Esclavage moderne</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="43"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="44"/>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="45"/>
        <source>Auditor</source>
        <translation>Auditeur·rice</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="46"/>
        <source>Technical specialist</source>
        <translation>Spécialiste technique</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="47"/>
        <source>Senior caseworker</source>
        <translation>Instructeur·rice principal·e</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="48"/>
        <source>Quality lead</source>
        <translation>Responsable qualité</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="49"/>
        <source>Satisfactory</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="50"/>
        <source>Unsatisfactory but outcome correct</source>
        <translation>Insatisfaisant mais issue correcte</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/labels.py" line="51"/>
        <source>Unsatisfactory and outcome wrong</source>
        <translation>Insatisfaisant et issue erronée</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="58"/>
        <source>finding on {criterion}</source>
        <translation>constat sur {criterion}</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/review_editor.py" line="81"/>
        <source>comment on {criterion}</source>
        <translation>commentaire sur {criterion}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="94"/>
        <source>The disk is full: free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="98"/>
        <source>This change could not be saved ({detail}).</source>
        <translation>Cette modification n&apos;a pas pu être enregistrée ({detail}).</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="100"/>
        <source>Everything saved before it is safe in the database.</source>
        <translation>Tout ce qui a été enregistré auparavant est en sécurité dans la base de données.</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="45"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="46"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="47"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="48"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="49"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="50"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="51"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="52"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="53"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="54"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="55"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/common.py" line="56"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="21"/>
        <source>Import appeal outcomes</source>
        <translation>Importer les issues des appels</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="23"/>
        <source>Case lists (*.csv *.xlsx *.xls *.ods *.txt)</source>
        <translation>Listes de dossiers (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
        <location filename="../../qpp_reviewer/qt/appeals_dialog.py" line="35"/>
        <source>{file}: {added} new outcomes, {held} already held; {matched} matched to a reviewed decision, {unmatched} unmatched, {ambiguous} ambiguous.</source>
        <translation>{file}&#xa0;: {added} nouvelles issues, {held} déjà connues&#xa0;; {matched} rattachées à une décision évaluée, {unmatched} sans correspondance, {ambiguous} ambiguës.</translation>
    </message>
</context>
</TS>
