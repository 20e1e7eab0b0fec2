/** The resolver map, one module per type. */
import { Query } from './Query';
import { Actor, Role } from './Actor';
import { Evidence, Relation, Stance } from './Relation';
import { Topic } from './Topic';
import { DateScalar } from './Date';

export const resolvers = {
  Date: DateScalar,
  Query,
  Actor,
  Role,
  Relation,
  Stance,
  Evidence,
  Topic,
};
