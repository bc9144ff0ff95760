/**
 * A cue whose actors stand in a frame of their own:
 *
 * - `agent-from`: the actor after the final "from" acts on the actor before the cue ("X won praise
 *   from Y", "X drew a rebuke from Y", "X receives weapons from Y");
 * - `agent-noun`: an agent noun ("champion", "backer", "lifeline") relates two actors only in "X is
 *   Y's champion" or "Y's Western backers", never by proximity alone;
 * - `joint`: joint action ("together with X", "in coordination with X"): everyone named on either
 *   side takes part ("India drilled together with Sri Lanka and the Maldives" relates all three);
 * - `characterisation`: a verb of characterisation ("described X as a reliable partner", "branded X
 *   a puppet"): the words after its object decide the type, praise or denunciation;
 * - `advocacy`: a verb of advocacy ("called for closer ties with X", "advocated solidarity among X")
 *   relates only through the cooperation it seeks, never to a direct object (see `advocacyObject`);
 * - `membership`: joining a bloc ("Iran and Saudi Arabia are set to join BRICS") relates each member to
 *   the bloc, never the members to each other;
 * - `addressee`: a wish that someone act ("want Iran to allay concerns") relates only an actor right
 *   after the verb with "to" and a verb after it ("wants to join NATO" relates nobody);
 * - `dispute`: a standing dispute names its sides only as a pair subject, a possessor, a subject of
 *   "have" / "locked in", or the pair after "between" (rules/disputes.ts);
 * - `bloc-member`: "ASEAN members Vietnam and the Philippines" (rules/disputes.ts);
 * - `pair-agreement`: "X and Y agreed to allow monitors" relates a subject of two or more only, and
 *   only when no cue follows ("agreed to hold talks" is the talks' to read); after "signed by",
 *   "mediated by" or "sponsored by", the two or more named after "by";
 * - `clause-subject`: "complained (that) Iran was arming the rebels" accuses the subject of the
 *   clause after the verb, and nobody else;
 * - `obligation`: "X says Y should withdraw" is X's demand on Y, and nothing else;
 * - `blame`: "X says Y is responsible for the attack" is X's accusation of Y, and nothing else;
 * - `helping-troops`: "sent troops to Somalia to support the government" aids the state they go to;
 *   without such a purpose it relates nobody;
 * - `experiencer`: a verb of feeling ("the plan angered Moscow", "Moscow was angered by the plan")
 *   is read as usual, then turned round: the one who feels it acts on the one who caused it;
 * - `visit`: a visit to a state ("Putin and Lukashenko visited China") is each visitor's meeting with
 *   it; those who travel together do not meet each other by it;
 * - `presence`: a person who "is in" another state ("Chavez is in Moscow") meets it (rules/frames.ts);
 * - `named-pair`: a bare noun ("deal", "draft") names its sides only by a hyphen pair right before it:
 *   "the Israel-UAE deal", "the U.S.-France draft resolution" (rules/pairs.ts).
 */
export type CueFrame =
  | 'agent-from'
  | 'agent-noun'
  | 'joint'
  | 'characterisation'
  | 'advocacy'
  | 'membership'
  | 'addressee'
  | 'dispute'
  | 'bloc-member'
  | 'pair-agreement'
  | 'clause-subject'
  | 'obligation'
  | 'blame'
  | 'helping-troops'
  | 'experiencer'
  | 'visit'
  | 'presence'
  | 'named-pair';
